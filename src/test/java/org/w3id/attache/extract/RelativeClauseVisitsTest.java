package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "X, who is on a visit to Y, …": the one the relative clause describes is the visitor. Sentences are our own. */
class RelativeClauseVisitsTest {
    private static List<String> visits(String text) {
        return OwnSentences.scored(text, FactType.VISIT).stream()
                .map(f -> f.role("visitor").label() + " -> " + f.role("destination").label()).distinct().toList();
    }

    @Test
    void theOneWhoIsOnAVisit() {
        assertEquals(List.of("John Mahama -> Kenya"),
                visits("Ghanaian President John Mahama, who is on a two-day visit to Kenya, reaffirmed support for the pact."));
    }

    @Test
    void alsoBetweenDashes() {
        assertEquals(List.of("Mahama -> Kenya"),
                visits("Ruto spoke on Monday. Mahama -- who is on a two-day visit to Kenya -- reaffirmed support for the pact."));
    }

    @Test
    void aRelativeClauseAboutSomethingElseIsNoVisit() {
        assertEquals(List.of(), visits("Ruto thanked Mahama, who is a friend of Kenya, on Monday."));
    }
}

package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "X, who is on a visit to Y, …": the one the relative clause describes is the visitor; after "A and
 * B", a clause in the singular describes B. Sentences are our own.
 */
class RelativeClauseVisitsTest {
    private static List<String> visits(String text) {
        return OwnSentences.visits(OwnSentences.scored(text, FactType.VISIT)).stream().distinct().toList();
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

    @Test
    void aClauseInTheSingularAfterTwoNamesIsAboutTheLastOne() {
        assertEquals(List.of("Giorgia Meloni -> Tunisia"),
                visits("Saied and Italian Prime Minister Giorgia Meloni, who is on a working visit to Tunisia, attended the signing of several agreements."));
    }
}

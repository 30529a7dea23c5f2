package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Welcoming a guest receives someone and says nothing; welcoming a decision, or welcoming someone
 * while stressing something, is a statement. Sentences are our own.
 */
class WelcomesTest {
    private static List<String> speakers(String text) {
        return OwnSentences.scored(text, FactType.STATEMENT).stream().map(f -> f.role("speaker").label()).toList();
    }

    @Test
    void welcomingAGuestIsNoStatement() {
        assertEquals(List.of(), speakers("Kenyan President William Ruto arrived in Lima on Tuesday. "
                + "Peruvian President Dina Boluarte welcomed Ruto at the palace on Wednesday."));
    }

    @Test
    void welcomingFellowLeadersIsNoStatement() {
        assertEquals(List.of(), speakers("Indonesian President Joko Widodo welcomed fellow leaders to the summit in Jakarta on Monday."));
    }

    @Test
    void welcomingADecisionIsOne() {
        assertEquals(List.of("Joko Widodo"), speakers("Indonesian President Joko Widodo welcomed the court's ruling on Monday."));
    }

    @Test
    void welcomingAGuestWhileStressingSomethingIsOne() {
        assertEquals(List.of("Joko Widodo"), speakers("Indonesian President Joko Widodo welcomed the Kenyan president on Monday, "
                + "stressing the importance of trade between the two countries."));
    }
}

package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A date after publication tells a plan; the words said next are dated by the story, not by it. Sentences are our own. */
class PlannedDatesTest {

    @Test
    void aPlansDateIsNotTheStorysDate() {
        String text = "Kenyan President William Ruto met Ghanaian President Nana Akufo-Addo in Accra on May 6. "
                + "The first trade convoy will arrive in Accra only in August 2024. "
                + "Mr. Ruto hailed a \"historic day for both nations,\" noting the deal \"will add to our strength.\"";
        assertEquals(List.of("2024-05"), OwnSentences.scored(text, FactType.STATEMENT).stream().map(Fact::date).toList());
    }
}

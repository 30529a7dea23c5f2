package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Leaders who shook hands met; shaking hands with a crowd is no meeting. Sentences are our own. */
class HandshakesTest {
    private static List<String> meetings(String text) {
        return OwnSentences.actors(OwnSentences.scored(text, FactType.MEETING));
    }

    @Test
    void leadersWhoShookHandsMet() {
        assertEquals(List.of("[Nana Akufo-Addo, William Ruto]"),
                meetings("Kenyan President William Ruto and Ghanaian President Nana Akufo-Addo shook hands in Accra on Monday."));
    }

    @Test
    void aCrowdIsNoOneMet() {
        assertEquals(List.of(), meetings("Kenyan President William Ruto shook hands with supporters in Nairobi on Monday."));
    }
}

package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A meeting between two officials of one state is domestic business, not a tie between states. Sentences are our own. */
class DomesticMeetingsTest {
    private static int meetings(String text) {
        return OwnSentences.scored(text, FactType.MEETING).size();
    }

    @Test
    void twoMinistersOfOneStateMeetAtHome() {
        assertEquals(0, meetings("Peruvian Foreign Minister Elmer Schialer met Peruvian Defence Minister Walter Astudillo in Lima on Monday."));
    }

    @Test
    void ministersOfTwoStatesMeetAcrossBorders() {
        assertEquals(1, meetings("Peruvian Foreign Minister Elmer Schialer met Chilean Defence Minister Maya Fernandez in Lima on Monday."));
    }
}

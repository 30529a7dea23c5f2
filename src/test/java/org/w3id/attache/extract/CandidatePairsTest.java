package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped scorer keeps a meeting candidate of two people who both called on a third; the rules
 * already paired each with the host, so the candidate is dropped ({@link Subsumption#pairsRuleSidesAnew}).
 * Sentences are our own.
 */
class CandidatePairsTest {
    private static List<String> meetings(String text) {
        return OwnSentences.actors(OwnSentences.scored(text, FactType.MEETING)).stream().sorted().toList();
    }

    @Test
    void twoCallersOnAHostDidNotMeetEachOther() {
        assertEquals(List.of("[Ferdinand Marcos Jr., Minoru Kihara]", "[Ferdinand Marcos Jr., Richard Marles]"),
                meetings("Japanese Defence Minister Minoru Kihara and Australian Defence Minister Richard Marles also called on "
                        + "President Ferdinand Marcos Jr. at the palace on Friday."));
    }

    @Test
    void twoWhoMetAreStillAMeeting() {
        assertEquals(List.of("[Minoru Kihara, Richard Marles]"),
                meetings("Japanese Defence Minister Minoru Kihara and Australian Defence Minister Richard Marles met in Manila on Friday."));
    }
}

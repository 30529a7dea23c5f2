package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Talks between two sides that a third hosted: the two sides met, and the host met each. Sentences are our own. */
class HostedTalksTest {
    private static List<String> meetings(String text) {
        return OwnSentences.actors(OwnSentences.scored(text, FactType.MEETING)).stream().sorted().toList();
    }

    @Test
    void theTwoSidesOfHostedTalksMetEachOtherAndTheHost() {
        assertEquals(List.of("[Anwar Ibrahim, Hun Manet]", "[Anwar Ibrahim, Paetongtarn Shinawatra]", "[Hun Manet, Paetongtarn Shinawatra]"),
                meetings("The meeting between Cambodian Prime Minister Hun Manet and Thai Prime Minister Paetongtarn Shinawatra "
                        + "was hosted by Malaysian Prime Minister Anwar Ibrahim in Putrajaya on Monday."));
    }

    @Test
    void talksAHostHoldsWithAGuestAreOneMeeting() {
        assertEquals(List.of("[Anwar Ibrahim, Hun Manet]"),
                meetings("Malaysian Prime Minister Anwar Ibrahim held talks with Cambodian Prime Minister Hun Manet in Putrajaya on Monday."));
    }
}

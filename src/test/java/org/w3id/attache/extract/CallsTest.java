package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Leaders who held a phone or video call met, as leaders who held talks did; a call for something is no meeting. Sentences are our own. */
class CallsTest {
    private static List<String> meetings(String text) {
        return OwnSentences.actors(OwnSentences.scored(text, FactType.MEETING));
    }

    @Test
    void aVideoCallIsAMeeting() {
        assertEquals(List.of("[Nana Akufo-Addo, William Ruto]"),
                meetings("Kenyan President William Ruto held a video call with Ghanaian President Nana Akufo-Addo on Monday."));
    }

    @Test
    void soIsAPhoneCallSomeoneHad() {
        assertEquals(List.of("[Nana Akufo-Addo, William Ruto]"),
                meetings("Kenyan President William Ruto had a phone call with Ghanaian President Nana Akufo-Addo on Monday."));
    }

    @Test
    void aCallForPeaceIsNone() {
        assertEquals(List.of(), meetings("Kenyan President William Ruto made a call for peace with the backing of Nana Akufo-Addo on Monday."));
    }
}

package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two leaders who speak at a joint news conference met; the news conference is no gathering
 * either attended. Sentences are our own.
 */
class JointAppearancesTest {
    private static final String JOINT = "Trade between the two countries will double by 2030, Kenyan President William Ruto said on Monday "
            + "at a joint news conference with his Ghanaian counterpart Nana Akufo-Addo in Accra.";

    @Test
    void speakersAtAJointNewsConferenceMet() {
        assertEquals(List.of("[Nana Akufo-Addo, William Ruto]"), OwnSentences.actors(OwnSentences.scored(JOINT, FactType.MEETING)));
    }

    @Test
    void aJointNewsConferenceIsNoGathering() {
        assertEquals(List.of(), OwnSentences.scored(JOINT, FactType.ATTENDANCE));
    }
}

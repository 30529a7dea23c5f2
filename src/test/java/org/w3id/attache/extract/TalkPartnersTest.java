package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A person named in a with-phrase that the parser hangs on the topic of talks is the one talked with. Sentences are our own. */
class TalkPartnersTest {
    private static List<String> meetings(String text) {
        return OwnSentences.actors(OwnSentences.scored(text, FactType.MEETING)).stream().distinct().toList();
    }

    @Test
    void aCounterpartAfterTheTopicIsWhomTheVisitorTalkedWith() {
        assertEquals(List.of("[Laila Haddad, Tomas Varga]"),
                meetings("Foreign Minister Tomas Varga arrived in Amman on Monday, where he discussed trade with his counterpart Laila Haddad."));
    }

    @Test
    void aCounterpartAfterAnInfinitiveIsWhomTheVisitorTalkedWith() {
        assertEquals(List.of("[Laila Haddad, Tomas Varga]"),
                meetings("Foreign Minister Tomas Varga discussed ways to expand trade with his Jordanian counterpart Laila Haddad on Monday."));
    }

    @Test
    void aStateAfterTheTopicIsNoOneTalkedWith() {
        assertEquals(List.of(), meetings("Foreign Minister Tomas Varga discussed trade with Jordan on Monday."));
    }
}

package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "The session", "the meeting", "the ceremony" after a gathering named by the story is that gathering, and so is
 * its close ("at the conclusion of the ceremony"). Sentences are our own.
 */
class BareEventsTest {

    private static List<String> attended(String text) {
        return OwnSentences.attendances(OwnSentences.scored(text, FactType.ATTENDANCE)).stream().distinct().toList();
    }

    @Test
    void theSessionIsTheSummitTheStoryNamed() {
        assertEquals(List.of("William Ruto @ African Union summit", "Cyril Ramaphosa @ African Union summit"),
                attended("Kenyan President William Ruto attended the African Union summit in Addis Ababa on Sunday. "
                        + "In his address to the session, South African President Cyril Ramaphosa called for reform of the Security Council."));
    }

    @Test
    void withNoGatheringNamedBeforeTheSessionStaysASession() {
        assertEquals(List.of("Cyril Ramaphosa @ session"),
                attended("In his address to the session, South African President Cyril Ramaphosa called for reform of the Security Council."));
    }

    @Test
    void theCloseOfTheCeremonyIsTheCeremonyTheStoryNamed() {
        assertEquals(List.of("Gabriel Boric @ signing ceremony of several agreements"),
                attended("Chilean President Gabriel Boric attended the signing ceremony of several agreements in Lima on Monday. "
                        + "Speaking at the conclusion of the ceremony, Boric said the talks had gone well."));
    }
}

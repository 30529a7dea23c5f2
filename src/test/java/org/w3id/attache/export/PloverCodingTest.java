package org.w3id.attache.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.attache.mapping.Vocab;

/** The rows of the coding table in {@code docs/plover.md} that the two-article fixture does not reach. */
class PloverCodingTest {
    static final PloverCoding CODING = PloverCoding.standard();

    static PloverCode arms(String item, boolean future) {
        return CODING.code(Vocab.ArmsTransfer, future, 2, null, null, Vocab.armsConcept(item)).orElseThrow();
    }

    static PloverCode cooperation(String domain, String status) {
        return CODING.code(Vocab.Cooperation, false, 2, Vocab.domainConcept(domain), Vocab.statusConcept(status), null).orElseThrow();
    }

    @Test
    void militaryItemsAreMilitaryAidAndCivilianOnesAreNot() {
        assertEquals(new PloverCode("AID", null, List.of("military"), "072"), arms("fighter-aircraft", false));
        assertEquals(new PloverCode("AID", null, List.of(), "073"), arms("non-military-aid", false));
        assertEquals(new PloverCode("AID", null, List.of(), "070"), arms("goods", false));
        assertEquals(new PloverCode("AGREE", null, List.of(), "030"), arms("goods", true));
    }

    @Test
    void cooperationUnderWayIsCooperateAndTalkOfItIsAgree() {
        assertEquals(new PloverCode("COOPERATE", null, List.of("economic"), "060"), cooperation("economic", "ongoing"));
        assertEquals(new PloverCode("COOPERATE", null, List.of("military"), "062"), cooperation("military", "signed"));
        assertEquals(new PloverCode("AGREE", null, List.of("military"), "0312"), cooperation("military", "discussed"));
        assertEquals(new PloverCode("AGREE", null, List.of(), "030"), cooperation("nuclear", "planned"));
    }

    @Test
    void factsOutsidePloverAreNotCoded() {
        for (var type : List.of(Vocab.PostHolding, Vocab.Attendance, Vocab.Delegation)) {
            assertTrue(CODING.code(type, false, 2, null, null, null).isEmpty(), type.getLocalName());
        }
    }
}

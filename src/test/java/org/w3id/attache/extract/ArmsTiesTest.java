package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An arms transfer between two states is military cooperation between them. Sentences are our own. */
class ArmsTiesTest {
    private static List<String> ties(String text) {
        return OwnSentences.scored(text, FactType.COOPERATION).stream()
                .map(f -> f.role("party").label() + " - " + f.role("counterparty").label() + ": " + f.value("domain") + ", " + f.value("status"))
                .toList();
    }

    @Test
    void aPurchaseOfArmsIsSignedMilitaryCooperation() {
        assertEquals(List.of("Russia - Vietnam: military, signed"), ties("Vietnam signed a contract to buy 12 fighter jets from Russia."));
    }

    @Test
    void aSaleStillToComeIsPlanned() {
        assertEquals(List.of("France - Egypt: military, planned"), ties("France will sell 24 Rafale jets to Egypt."));
    }

    @Test
    void aidThatIsNotArmsIsNoMilitaryTie() {
        assertEquals(List.of(), ties("Germany sent food aid to Sudan on Monday."));
    }

    @Test
    void militaryCooperationAlreadyToldIsNotToldAgain() {
        assertEquals(List.of("Russia - Vietnam: military, signed"),
                ties("Russia and Vietnam signed a defence cooperation agreement on Monday. Russia delivered six fighter jets to Vietnam in March."));
    }

    @Test
    void anAllegedTransferTellsNoTie() {
        assertEquals(List.of(), ties("Belarus allegedly sent tanks to Russia in March."));
    }

    @Test
    void aRescueTeamsEquipmentIsNoArms() {
        assertEquals(List.of(), ties("Armenia sent a rescue team and technical equipment to Turkey after the earthquake."));
    }
}

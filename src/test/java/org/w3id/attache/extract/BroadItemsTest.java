package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A class of goods said again of a design between the same sides is the same supply; other goods are not. Sentences are our own. */
class BroadItemsTest {
    private static List<String> supplies(String text) {
        return OwnSentences.supplies(OwnSentences.scored(text, FactType.SUPPLY));
    }

    @Test
    void theAircraftAreTheJetsBought() {
        assertEquals(List.of("Norway -> Chile: 12 F-16 fighter jets"),
                supplies("Chile has bought 12 F-16 fighter jets from Norway. Norway will hand the aircraft over to Chile in March."));
    }

    @Test
    void ammunitionIsNoClassOfTheJets() {
        assertEquals(List.of("Norway -> Chile: 12 F-16 fighter jets", "Norway -> Chile: ammunition"),
                supplies("Chile has bought 12 F-16 fighter jets from Norway. Norway will also sell ammunition to Chile."));
    }

    @Test
    void anotherCountIsAnotherSupply() {
        assertEquals(List.of("Norway -> Chile: 12 F-16 fighter jets", "Norway -> Chile: 4 aircraft"),
                supplies("Chile has bought 12 F-16 fighter jets from Norway. Norway will also sell 4 aircraft to Chile."));
    }
}

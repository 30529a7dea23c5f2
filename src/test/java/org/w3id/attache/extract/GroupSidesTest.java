package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "The foreign ministers of Brazil and Argentina discussed cooperation": the states a group of people is of are the sides. Sentences are our own. */
class GroupSidesTest {

    @Test
    void theMinistersOfTwoStatesAreTheirStates() {
        assertEquals(List.of("Brazil + Argentina"), OwnSentences.scored("The foreign ministers of Brazil and Argentina discussed cooperation in trade and agriculture.",
                FactType.COOPERATION).stream().map(f -> f.role("party").label() + " + " + f.role("counterparty").label()).distinct().toList());
    }

    @Test
    void theMinistersOfOneStateAreNoSides() {
        assertEquals(List.of(), OwnSentences.scored("The foreign ministers of the Gulf states discussed cooperation in trade and agriculture.",
                FactType.COOPERATION));
    }
}

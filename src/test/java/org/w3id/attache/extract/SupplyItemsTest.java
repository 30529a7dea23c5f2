package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A supply hands over a thing: a listed good or weapon, money, or a named model. Sentences are our own. */
class SupplyItemsTest {
    private static List<String> supplies(String text) {
        return OwnSentences.supplies(OwnSentences.facts(text, FactType.SUPPLY));
    }

    @Test
    void supportIsNotAThingHandedOver() {
        assertEquals(List.of(), supplies("After the floods in Togo, Ghana pledged its full support."));
    }

    @Test
    void listedAidIs() {
        assertEquals(List.of("Ghana -> Togo: emergency aid"), supplies("After the floods in Togo, Ghana pledged emergency aid."));
    }

    @Test
    void anUnlistedCommonNounIsNot() {
        assertEquals(List.of(), supplies("Chile bought the idea from Peru."));
    }

    @Test
    void aNamedModelIs() {
        assertEquals(List.of("Japan -> Kenya: Centauro"), supplies("Japan gave the Centauro to Kenya."));
    }

    @Test
    void moneyIs() {
        assertEquals(List.of("Japan -> Kenya: 40 million yen"), supplies("Japan gave 40 million yen to Kenya."));
    }

    @Test
    void aDesignationIsNamedInTheSingular() {
        assertEquals(List.of("Japan -> Kenya: 12 TX-40"), supplies("Japan delivered 12 TX-40s to Kenya."));
    }

    @Test
    void aDecadeIsNoDesignation() {
        assertEquals(List.of("Japan -> Kenya: 1990s rifles"), supplies("Japan delivered 1990s rifles to Kenya."));
    }

    @Test
    void aSumsWorthIsTheThingBought() {
        assertEquals(List.of("Japan -> Kenya: protective equipment"),
                supplies("Japan has provided the Kenyan army with $5 million worth of protective equipment, including helmets."));
    }

    @Test
    void whatAThingIsWorthIsNoPartOfIt() {
        assertEquals(List.of("Canada -> Ghana: medical equipment"),
                OwnSentences.supplies(OwnSentences.scored("Canada has donated medical equipment worth over $2 million (C$2.7 million) to the Ghana "
                        + "Armed Forces.", FactType.SUPPLY)));
        assertEquals(List.of("Japan -> Philippines: radar equipment"),
                OwnSentences.supplies(OwnSentences.scored("Japan delivered radar equipment worth $50 million to the Philippine Air Force on Monday.",
                        FactType.SUPPLY)));
    }

    @Test
    void whatATransportCarriesIsTheThing() {
        assertEquals(List.of("Russia -> Syria: medical supplies"), OwnSentences.supplies(OwnSentences.scored(
                "Russia sent two planes carrying 30 tonnes of medical supplies to Syria on Monday.", FactType.SUPPLY)));
    }
}

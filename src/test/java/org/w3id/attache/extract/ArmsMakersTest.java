package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.attache.nlp.Gazetteer;

/** A design's maker named beside it supplies it when the sentence names no supplier. Sentences are our own. */
class ArmsMakersTest {
    private static List<String> suppliers(String text) {
        return OwnSentences.scored(text, FactType.SUPPLY).stream().map(f -> f.role("supplier").label()).distinct().toList();
    }

    @Test
    void theMakerNamedBesideTheDesignSuppliesIt() {
        assertEquals(List.of("France"), suppliers("Serbian President Aleksandar Vucic met Russian officials in Belgrade on Monday.\n\n"
                + "Vucic said he was negotiating with France on the purchase of 12 Rafale fighter jets."));
    }

    @Test
    void aSupplierTheSentenceNamesIsKept() {
        assertEquals(List.of("Poland"), suppliers("Poland handed over four F-16 jets to Ukraine on Monday, the United States said."));
    }

    @Test
    void aMakerIsNoBuyerOfItsOwnDesign() {
        List<Fact> supplies = OwnSentences.scored("French President Emmanuel Macron began a state visit to Serbia on Monday with the signing of "
                + "an agreement on the purchase of 12 Rafale fighter jets.", FactType.SUPPLY);
        assertEquals(List.of("France -> Serbia"), supplies.stream().map(f -> f.role("supplier").label() + " -> " + f.role("recipient").label()).toList());
    }

    @Test
    void makersAreReadFromTheItemPhrase() {
        Gazetteer g = Gazetteer.bundled();
        assertEquals("FR", g.arms().makerOfItem("12 Rafale fighter jets").orElseThrow());
        assertEquals("US", g.arms().makerOfItem("two F-16s").orElseThrow());
        assertEquals("RU", g.arms().makerOfItem("Su-30SME fighter jets").orElseThrow());
        assertEquals(List.of(), g.arms().makerOfItem("MiG-29 jets").stream().toList());
        assertEquals("BR", g.arms().makerOfItem("two KC-390 airlifters").orElseThrow());
    }

    @Test
    void transportAircraftOfSeveralMakersHaveNoMaker() {
        Gazetteer g = Gazetteer.bundled();
        assertEquals("transport-aircraft", g.arms().categoryOfItem("three CASA C-295 tactical transport aircraft").orElseThrow());
        assertEquals("transport-aircraft", g.arms().categoryOfItem("an A400M").orElseThrow());
        assertEquals(List.of(), g.arms().makerOfItem("two CN-235s").stream().toList());
    }

    @Test
    void aStateTheStoryOnlyToldOfSellsNoDesignItDoesNotMake() {
        List<Fact> supplies = OwnSentences.scored("Chile received its first six Rafale jets from France on Thursday. "
                + "Peru also plans to purchase 12 new Rafale fighters.", FactType.SUPPLY);
        assertEquals(List.of("France -> Chile", "France -> Peru"),
                supplies.stream().map(f -> f.role("supplier").label() + " -> " + f.role("recipient").label()).sorted().toList());
    }
}

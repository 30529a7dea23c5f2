package org.w3id.attache.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A listed designation covers its plural, its variants and the members of a listed prefix, as arms.tsv says. */
class ArmsDesignationsTest {
    private static final ArmsLexicon ARMS = Gazetteer.bundled().arms();

    @Test
    void pluralsOfDesignations() {
        assertEquals(Optional.of("fighter-aircraft"), ARMS.categoryOfItem("two F-16s"));
    }

    @Test
    void variantsAndPrefixes() {
        assertEquals(Optional.of("fighter-aircraft"), ARMS.categoryOfItem("six Su-30SMEs"));
        assertEquals(Optional.of("missile"), ARMS.categoryOfItem("a Kh-47"));
        assertEquals(Optional.of("air-defence"), ARMS.categoryOfItem("Pantsir-S2"));
    }

    @Test
    void aGenericWordIsNoDesignation() {
        assertEquals(Optional.empty(), ARMS.categoryOfItem("two tankers"));
        assertEquals(Optional.empty(), ARMS.categoryOfItem("an arms-for-oil scheme"));
    }

    @Test
    void designsAgainstClassesOfGoods() {
        assertTrue(ARMS.namesDesign("19 F-16s"));
        assertTrue(ARMS.namesDesign("Rafale jets"));
        assertFalse(ARMS.namesDesign("24 aircraft"));
        assertFalse(ARMS.namesDesign("the military equipment"));
    }

    @Test
    void pluralDesignationsAreMadeSingularInALabel() {
        assertEquals("24 F-16 and six Su-30SM", ArmsLexicon.singularDesignations("24 F-16s and six Su-30SMs"));
        assertEquals("rifles of the 1990s", ArmsLexicon.singularDesignations("rifles of the 1990s"));
    }
}

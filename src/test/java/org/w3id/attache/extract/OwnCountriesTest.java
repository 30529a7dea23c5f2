package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "His country" is the state of the person it belongs to. Sentences are our own. */
class OwnCountriesTest {
    private static List<String> supplies(String text) {
        return OwnSentences.scored(text, FactType.SUPPLY).stream()
                .map(f -> f.role("supplier").label() + " -> " + f.role("recipient").label()).distinct().toList();
    }

    @Test
    void aPersonsCountryIsTheirState() {
        assertEquals(List.of("Japan -> Kenya"),
                supplies("Kenyan President William Ruto said Japan would supply his country with six patrol boats."));
    }

    @Test
    void aPersonsCountryIsNeverTheSupplierWhenItIsTheRecipient() {
        assertEquals(List.of(), supplies("Ukrainian President Volodymyr Zelensky visited Denmark on Sunday.\n\n"
                + "Zelensky praised the decision of both countries to supply his nation with American F-16 fighter jets."));
    }
}

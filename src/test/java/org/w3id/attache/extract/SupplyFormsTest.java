package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Supplies counted in batches, supplies whose maker is named only by "-made" or by the item's
 * state ("US weapons"), and supplies asked for but not given. Sentences are our own.
 */
class SupplyFormsTest {

    private static List<String> supplies(String text) {
        return OwnSentences.scored(text, FactType.SUPPLY).stream()
                .map(f -> f.role("supplier").label() + " > " + f.role("recipient").label() + ": " + f.value("item")).distinct().toList();
    }

    @Test
    void batchesOfJetsAreJets() {
        assertEquals(List.of("Russia > Myanmar: Su-30 fighter jets"),
                supplies("Russia has delivered two batches of Su-30 fighter jets to Myanmar this year."));
    }

    @Test
    void theMakerOfWhatABatchHoldsIsItsSupplier() {
        assertEquals(List.of("Russia > Myanmar: Su-30 jets"),
                OwnSentences.facts("The Myanmar air force inducted its first batch of Russian-made Su-30 jets last year.", FactType.SUPPLY).stream()
                        .map(f -> f.role("supplier").label() + " > " + f.role("recipient").label() + ": " + f.value("item")).toList());
    }

    @Test
    void aSupplyAskedForIsNone() {
        assertEquals(List.of(), supplies("Ukraine asked Germany to send Taurus missiles."));
        assertEquals(List.of(), supplies("Zelensky urged the United States to provide more Patriot systems to Ukraine."));
    }

    @Test
    void aSupplyConsideredIsPlanned() {
        assertEquals(List.of(true), OwnSentences.scored("India is considering buying more S-400 systems from Russia.", FactType.SUPPLY).stream()
                .map(Fact::future).distinct().toList());
    }

    @Test
    void theStateTheItemIsOfSuppliesIt() {
        assertEquals(List.of("United States > Taiwan: US weapons"), supplies("China firmly opposes the sale of US weapons to Taiwan."));
    }
}

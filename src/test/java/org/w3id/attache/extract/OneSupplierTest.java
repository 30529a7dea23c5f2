package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A thing handed over in one sentence has one supplier: the one the grammar names, not the story's state. Sentences are our own. */
class OneSupplierTest {

    @Test
    void theSupplierTheGrammarNamesIsTheOnlyOne() {
        assertEquals(List.of("Peru -> Chile: four patrol boats"), OwnSentences.supplies(OwnSentences.scored(
                "With Brazil and Argentina backing Bolivia, Chile has been keen on building a partnership with Peru. "
                        + "It all began with Peru supplying Chile with four patrol boats in 2020.", FactType.SUPPLY)));
    }
}

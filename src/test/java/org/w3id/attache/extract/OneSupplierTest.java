package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A thing handed over in one sentence has one supplier: the one the grammar names, not the story's state. Sentences are our own. */
class OneSupplierTest {

    @Test
    void theSupplierTheGrammarNamesIsTheOnlyOne() {
        assertEquals(List.of("Peru -> Bolivia: two transport planes"), OwnSentences.supplies(OwnSentences.scored(
                "Faced with Brazil and Argentina, Bolivia has long sought friends in the region. "
                        + "It started with Peru supplying Bolivia with two transport planes in 2019.", FactType.SUPPLY)));
    }
}

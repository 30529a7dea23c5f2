package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cooperation of no named domain adds nothing beside a named one between the same sides. Sentences are our own. */
class VagueCooperationTest {
    private static List<String> domains(String text) {
        return OwnSentences.scored(text, FactType.COOPERATION).stream().map(f -> f.value("domain")).distinct().sorted().toList();
    }

    @Test
    void relationsAnAgreementEnhancesAreNoFurtherCooperation() {
        assertEquals(List.of("military"), domains("Peru and Chile have signed a defence cooperation agreement to enhance bilateral relations."));
    }
}

package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3id.attache.nlp.Entity;
import org.w3id.attache.nlp.Gazetteer;

/** Cooperation and supply tie two states: a state and its own junta are one side. */
class SameStateTiesTest {
    private static final Gazetteer GAZETTEER = Gazetteer.bundled();
    private static final ClauseReader.Clause PLAIN = new ClauseReader.Clause("certain", "", false, false, false, null, false, false, false);

    private static Fact cooperation(String party, String counterparty) {
        FactBuilder builder = new FactBuilder(GAZETTEER, OwnSentences.parsed("The two sides met on Monday.").doc);
        LocalDate on = LocalDate.of(2024, 5, 10);
        Map<String, List<Entity>> roles = new LinkedHashMap<>();
        roles.put("party", List.of(GAZETTEER.entity(party, on).orElseThrow()));
        roles.put("counterparty", List.of(GAZETTEER.entity(counterparty, on).orElseThrow()));
        Map<String, String> values = new LinkedHashMap<>(Map.of("domain", "security", "status", "agreed"));
        return builder.complete(Rule.generated("test.cooperation", FactType.COOPERATION, Map.of(), "test"), 0, roles, values, "2024-05", PLAIN);
    }

    @Test
    void aStateAndItsJuntaAreOneSide() {
        assertNull(cooperation("Myanmar", "Myanmar junta"));
    }

    @Test
    void twoStatesAreTwoSides() {
        assertNotNull(cooperation("Myanmar", "Russia"));
    }
}

package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A visit takes its visitor abroad: a minister in her own capital is at home. Sentences are our own. */
class VisitsAtHomeTest {
    private static List<String> destinations(String text) {
        return OwnSentences.scored(text, FactType.VISIT).stream().map(f -> f.role("destination").label()).distinct().toList();
    }

    @Test
    void aMinisterArrivingInHerOwnCapitalIsHome() {
        assertEquals(List.of(), destinations("Indonesian Foreign Minister Sari Wulandari arrived in Jakarta on Monday from Canberra."));
    }

    @Test
    void aMinisterArrivingInAnotherCapitalVisitsIt() {
        assertEquals(List.of("Canberra"), destinations("Indonesian Foreign Minister Sari Wulandari arrived in Canberra on Monday from Jakarta."));
    }

    @Test
    void aVisitorOfUnknownStateIsKept() {
        assertEquals(List.of("Jakarta"), destinations("Sari Wulandari arrived in Jakarta on Monday from Canberra."));
    }
}

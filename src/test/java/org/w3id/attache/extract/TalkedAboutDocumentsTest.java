package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An agreement someone proposes or negotiates is discussed, not signed; one signed is signed. Sentences are our own. */
class TalkedAboutDocumentsTest {

    private static List<String> statuses(String text) {
        return OwnSentences.scored(text, FactType.COOPERATION).stream().map(f -> f.value("status")).distinct().toList();
    }

    @Test
    void aNegotiatedAgreementIsDiscussed() {
        assertEquals(List.of("discussed"), statuses("Peruvian Defence Minister Tomas Vega is negotiating a maritime security pact between Peru and Chile."));
    }

    @Test
    void aSignedOneIsSigned() {
        assertEquals(List.of("signed"), statuses("Peruvian Defence Minister Tomas Vega signed a maritime security pact between Peru and Chile."));
    }
}

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
    void aProposedAgreementIsDiscussed() {
        assertEquals(List.of("discussed"),
                statuses("During the meeting, Peruvian Defence Minister Tomas Vega proposed a strategic cooperation agreement between Peru and Chile."));
    }

    @Test
    void aSignedOneIsSigned() {
        assertEquals(List.of("signed"), statuses("Peruvian Defence Minister Tomas Vega signed a strategic cooperation agreement between Peru and Chile."));
    }
}

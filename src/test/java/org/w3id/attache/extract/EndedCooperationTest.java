package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ties cut, a treaty left, a proposed pact rejected: each is a cooperation the sentence denies,
 * negated as denied visits and supplies are, so no query lists it as cooperation. Sentences are our own.
 */
class EndedCooperationTest {
    private static List<String> cooperation(String text) {
        return OwnSentences.scored(text, FactType.COOPERATION).stream()
                .map(f -> f.role("party").label() + "-" + f.role("counterparty").label() + (f.negated() ? " denied" : "")).distinct().toList();
    }

    @Test
    void cutTiesAreNoCooperation() {
        assertEquals(List.of("Chile-Peru denied"), cooperation("Chile cut diplomatic ties with Peru last year."));
    }

    @Test
    void aTreatyLeftIsNone() {
        assertEquals(List.of("Chile-Peru denied"), cooperation("Chile withdrew from the arms control treaty with Peru on Monday."));
    }

    @Test
    void aRejectedProposalForAPactIsNone() {
        assertEquals(List.of("Chile-Peru denied"), cooperation("Chile rejected a proposal for a military base agreement with Peru."));
    }

    @Test
    void aSignedPactStands() {
        assertEquals(List.of("Chile-Peru"), cooperation("Chile signed a security pact with Peru on Monday."));
    }
}

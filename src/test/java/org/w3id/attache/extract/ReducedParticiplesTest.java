package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A participle with a "by" phrase and no auxiliary is passive, and is said of the noun it
 * modifies or of its clause's subject: "X arrived, accompanied by Y". Sentences are our own.
 */
class ReducedParticiplesTest {
    private static List<String> companions(String text) {
        return OwnSentences.scored(text, FactType.DELEGATION).stream()
                .map(f -> f.role("leader").label() + " <- " + f.role("member").label()).distinct().sorted().toList();
    }

    @Test
    void anAdjunctParticipleIsSaidOfTheClauseSubject() {
        assertEquals(List.of("Narendra Modi <- Ajit Doval", "Narendra Modi <- Subrahmanyam Jaishankar"),
                companions("Indian Prime Minister Narendra Modi arrived in Hanoi on Tuesday, accompanied by External Affairs Minister "
                        + "S. Jaishankar and National Security Adviser Ajit Doval."));
    }

    @Test
    void aParticipleBetweenCommasIsSaidOfItsNoun() {
        assertEquals(List.of("Recep Tayyip Erdoğan <- Hakan Fidan"),
                companions("Turkish President Recep Tayyip Erdogan, accompanied by Foreign Minister Hakan Fidan, met Emir Tamim bin Hamad Al Thani in Doha."));
    }

    @Test
    void aPerfectIsStillActive() {
        assertEquals(List.of("Narendra Modi <- Subrahmanyam Jaishankar"),
                companions("External Affairs Minister S. Jaishankar has accompanied Prime Minister Narendra Modi on every trip abroad this year."));
    }
}

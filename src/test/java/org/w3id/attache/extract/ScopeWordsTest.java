package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Bilateral" says how wide ties are, not what they are about: it names a domain only alone. Sentences are our own. */
class ScopeWordsTest {
    private static List<String> domains(String text) {
        return OwnSentences.facts(text, FactType.COOPERATION).stream().map(f -> f.value("domain")).distinct().sorted().toList();
    }

    @Test
    void aBilateralSecurityPactIsAboutSecurityOnly() {
        assertEquals(List.of("security"), domains("Chile and Peru signed a bilateral security agreement on Monday."));
    }

    @Test
    void aBilateralPactAloneKeepsItsDomain() {
        assertEquals(List.of("other"), domains("Chile and Peru signed a bilateral agreement on Monday."));
    }
}

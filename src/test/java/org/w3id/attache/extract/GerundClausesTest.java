package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A gerund after a preposition that the parser reads as an adjective is the clause it is. Sentences are our own. */
class GerundClausesTest {
    private static List<String> supplies(String text) {
        return OwnSentences.supplies(OwnSentences.scored(text, FactType.SUPPLY)).stream().distinct().toList();
    }

    @Test
    void theOneAccusedOfSupplyingIsTheSupplier() {
        assertEquals(List.of("Belarus -> Russia: tanks"), supplies("The United States accused Belarus of supplying Russia with tanks."));
    }

    @Test
    void theOneAccusedInThePassiveIsTheSupplier() {
        assertEquals(List.of("Belarus -> Russia: tank shells"), supplies("Belarus has been accused of supplying Russia with tank shells."));
    }

    @Test
    void anAccusedSupplyIsHedged() {
        assertEquals(List.of(true), OwnSentences.scored("Washington accused Minsk of sending tanks to Russia.", FactType.SUPPLY).stream()
                .map(Fact::hedged).distinct().toList());
    }
}

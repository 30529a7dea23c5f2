package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A rank written before the state belongs to the title: "acting Thai Prime Minister". Sentences are our own. */
class RankBeforeStateTest {
    private static List<String> titles(String text) {
        return OwnSentences.scored(text, FactType.POSITION).stream().map(f -> f.role("holder").label() + ": " + f.value("title")).toList();
    }

    @Test
    void anActingPrimeMinisterIsActing() {
        assertEquals(List.of("Somchai Srisuk: acting Prime Minister"),
                titles("Malaysian officials met acting Thai Prime Minister Somchai Srisuk in Bangkok on Monday."));
    }

    @Test
    void aRankAfterTheStateStaysInTheTitle() {
        assertEquals(List.of("Somchai Srisuk: Deputy Prime Minister"),
                titles("Malaysian officials met Thai Deputy Prime Minister Somchai Srisuk in Bangkok on Monday."));
    }
}

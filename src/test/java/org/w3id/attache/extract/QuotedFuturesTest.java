package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Words about the future, said in the past, were said then: "will" in the quote does not make the saying future. Sentences are our own; published on Friday 2024-05-10. */
class QuotedFuturesTest {
    private static List<String> said(String text) {
        return OwnSentences.scored(text, FactType.STATEMENT).stream().map(f -> f.role("speaker").label() + " " + f.date()).toList();
    }

    @Test
    void aQuoteAboutTheFutureIsDatedByItsSaying() {
        assertEquals(List.of("Paul Kagame 2024-05"), said("\"So, we will have a lot to settle in detail in Kigali,\" Mr Paul Kagame said."));
    }

    @Test
    void aSayingThatIsItselfAheadStaysUndated() {
        assertEquals(List.of("Paul Kagame "), said("\"We will meet again,\" Paul Kagame will say."));
    }
}

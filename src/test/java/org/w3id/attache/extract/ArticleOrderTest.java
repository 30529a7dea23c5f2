package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An article reads the same whatever was read before it in the process. Sentences are our own. */
class ArticleOrderTest {
    private static final String VACCINES = "Two million doses of Chinese vaccines were handed over by Foreign Minister Wang Yi to Laos.";

    @Test
    void theItemIsTheSameAfterAnotherArticle() {
        OwnSentences.scored("Indian Defence Minister Rajnath Singh confirmed that Russia delivered two S-400 squadrons to India in 2023.", FactType.SUPPLY);
        assertEquals(List.of("Chinese vaccines"), OwnSentences.scored(VACCINES, FactType.SUPPLY).stream().map(f -> f.value("item")).toList());
    }
}

package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A question or a condition states nothing: "whether they would sign", "if Russia delivers", "Will they sign?". Sentences are our own. */
class OpenQuestionsTest {

    @Test
    void aQuestionIsNoFact() {
        assertEquals(List.of(), OwnSentences.scored("Will Russia and North Korea sign a military pact?", FactType.COOPERATION));
    }

    @Test
    void whetherTheyWouldSignIsNoFact() {
        assertEquals(List.of(), OwnSentences.scored("Asked whether Washington would sign a security pact with Riyadh, Blinken said talks continued.",
                FactType.COOPERATION));
        assertEquals(List.of(), OwnSentences.scored("Blinken declined to say whether he would meet Wang Yi.", FactType.MEETING));
    }

    @Test
    void aConditionIsNoFact() {
        assertEquals(List.of(), OwnSentences.scored("If Russia delivers the jets to Iran, the balance in the Gulf will shift.", FactType.SUPPLY));
    }

    @Test
    void aStatementOfTheSameIsAFact() {
        assertEquals(1, OwnSentences.scored("Russia and North Korea signed a military pact in June.", FactType.COOPERATION).stream()
                .map(f -> f.value("status")).distinct().count());
    }
}

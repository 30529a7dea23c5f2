package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A noun's event shares the clause of the verb it hangs on: its future and its hedges. Sentences are our own. */
class NounClausesTest {
    private static List<String> supplies(String text) {
        return OwnSentences.scored(text, FactType.SUPPLY).stream()
                .map(f -> f.role("supplier").label() + " -> " + f.role("recipient").label() + (f.future() ? " future" : "")).toList();
    }

    @Test
    void salesAContractWillLeadToAreAhead() {
        assertEquals(List.of("France -> Kenya future"), supplies("Paris expects the deal will lead to more sales of TX-40 jets to Kenya."));
    }

    @Test
    void aDeliveryCompletedIsDone() {
        assertEquals(List.of("France -> Kenya"), supplies("France completed the delivery of ten TX-40 jets to Kenya on Monday."));
    }
}

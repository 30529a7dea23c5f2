package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Earlier in the day" is the day the sentence names, not the day of publishing. Sentences are our own. */
class EarlierThatDayTest {

    @Test
    void earlierInTheDayIsTheDayTheSentenceNames() {
        assertEquals(List.of("2024-05-06"), OwnSentences.scored("Ruiz and Vega held talks in Lima earlier in the day, before the two ministers "
                + "initialled the accord on May 6.", FactType.MEETING).stream().map(Fact::date).distinct().toList());
    }
}

package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A place named after a time is where the verb's event happened, not a part of the time. Sentences are our own. */
class TimePlacesTest {
    private static List<String> visits(String text) {
        return OwnSentences.visits(OwnSentences.scored(text, FactType.VISIT)).stream().distinct().toList();
    }

    @Test
    void aPlaceAfterTheTimeOfAnArrivalIsWhereTheVisitorArrived() {
        assertEquals(List.of("Macron -> Nairobi"), visits("Macron arrived on July 2 afternoon in Nairobi on a day-long official visit."));
    }

    @Test
    void aPlaceInTheNameOfAnEventStaysWithTheEvent() {
        assertEquals(List.of(), visits("Macron spoke on July 2 about the summit in Nairobi."));
    }
}

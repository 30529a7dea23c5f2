package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A tour of a region told stop by stop is its stops; a part of the world is no destination even told alone; an unlisted town is. Sentences are our own. */
class UmbrellaVisitsTest {
    private static List<String> destinations(String text) {
        return OwnSentences.scored(text, FactType.VISIT).stream().map(f -> f.role("destination").label()).distinct().sorted().toList();
    }

    @Test
    void aTourToldStopByStopIsItsStops() {
        assertEquals(List.of("Abu Dhabi", "Riyadh"), destinations("British Prime Minister Keir Starmer began a visit to the Gulf on Monday. "
                + "Starmer arrived in Riyadh on Monday and flew to Abu Dhabi on Tuesday."));
    }

    @Test
    void aRegionVisitToldAloneIsNoVisitToAState() {
        assertEquals(List.of(), destinations("British Prime Minister Keir Starmer began a visit to the Gulf on Monday."));
        assertEquals(List.of(), destinations("Prime Minister Keir Starmer began his first tour of Southeast Asia on Monday."));
    }

    @Test
    void aTownTheGazetteerDoesNotListStays() {
        assertEquals(List.of("Richards Bay"), destinations("Chinese Vice Minister Li Wen arrived in Richards Bay on Monday."));
    }
}

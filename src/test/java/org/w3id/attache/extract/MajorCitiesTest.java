package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A city beyond the capitals is placed in its country, so that a stay there is a visit abroad
 * (gazetteer/entities.tsv, "major city"). Sentences are our own.
 */
class MajorCitiesTest {

    private static List<String> destinations(String text) {
        return OwnSentences.facts(text, FactType.VISIT).stream().map(f -> f.role("visitor").label() + " > " + f.role("destination").label()).toList();
    }

    @Test
    void aStayInAMajorCityIsAVisit() {
        assertEquals(List.of("Narendra Modi > Johannesburg"), destinations("Narendra Modi was in Johannesburg last week."));
    }

    @Test
    void aStayAtHomeIsNone() {
        assertEquals(List.of(), destinations("Cyril Ramaphosa was in Johannesburg last week."));
    }
}

package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The sides of a cooperation come from the sentence's own words before the story's last pair. Sentences are our own. */
class StatedSidesTest {
    private static List<String> sides(String text) {
        return OwnSentences.scored(text, FactType.COOPERATION).stream()
                .map(f -> f.role("party").label() + " - " + f.role("counterparty").label() + ": " + f.value("domain"))
                .distinct().toList();
    }

    @Test
    void aSubjectNamingTwoStatesGivesTheSidesOfItsThey() {
        assertEquals(List.of("Hungary - Peru: trade", "Hungary - Chile: economic"),
                sides("Hungary and Peru signed a trade deal in 2019. The Hungarian and Chilean ministers said on Friday that they agreed to expand economic cooperation."));
    }

    @Test
    void aMinisterTheGazetteerDoesNotPlaceActsForTheStateOfTheirPost() {
        assertEquals(List.of("Hungary - Chile: economic"),
                sides("Hungarian Foreign Minister Tomas Varga arrived in Tokyo on Monday. Varga, who agreed with counterparts from Chile and Peru on Tuesday to expand economic cooperation."));
    }
}

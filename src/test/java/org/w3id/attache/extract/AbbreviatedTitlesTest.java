package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A post titled by an abbreviation is titled in full, and stated once however it is written. Sentences are our own. */
class AbbreviatedTitlesTest {
    private static List<String> posts(String text) {
        return OwnSentences.facts(text, FactType.POSITION).stream()
                .map(f -> f.role("holder").label() + ": " + f.value("title")).sorted().toList();
    }

    @Test
    void anAbbreviatedTitleIsSpelledOut() {
        assertEquals(List.of("Narendra Modi: Prime Minister"), posts("Indian PM Narendra Modi arrived in Dhaka on Monday."));
    }

    @Test
    void aPostWrittenBothWaysIsStatedOnce() {
        assertEquals(List.of("Narendra Modi: Prime Minister"), posts("Indian Prime Minister Narendra Modi arrived in Dhaka on Monday. "
                + "Indian PM Narendra Modi met students on Tuesday."));
    }
}

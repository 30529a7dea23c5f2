package org.w3id.attache.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** explain's text blocks fit the terminal. */
class EvidenceBlocksTest {
    @Test
    void aLongSentenceWrapsAtWordBreaksUnderItsLabel() {
        String sentence = "President Vladimir Putin welcomed Myanmar's military ruler, Senior General Min Aung Hlaing, "
                + "to the Kremlin on Tuesday, and the two governments signed a deal.";
        String block = EvidenceBlocks.line("sentence", sentence, 60);
        for (String l : block.split("\n")) {
            assertTrue(l.length() <= 60, "'" + l + "' is wider than 60");
        }
        assertTrue(block.startsWith("sentence   President Vladimir Putin"), block);
        assertEquals(sentence, String.join(" ", block.replace("sentence   ", "").lines().map(String::strip).toList()));
    }

    @Test
    void aWordLongerThanTheLineIsCut() {
        String iri = "https://w3id.org/attache/id/fact/43f6b7aadfadd832/03f9209aed4fc654";
        String block = EvidenceBlocks.line("fact", iri, 40);
        assertTrue(block.lines().allMatch(l -> l.length() <= 40), block);
        assertEquals(iri, String.join("", block.lines().map(l -> l.substring(11)).toList()));
    }
}

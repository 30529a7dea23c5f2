package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.IndexedWord;
import org.junit.jupiter.api.Test;

/**
 * A name inside a quotation is not who speaks it, whatever the parser makes of the sentence
 * (it has made a state in the quote a subject of "said"). Sentences are our own.
 */
class QuotedSpeakersTest {
    private static final String TEXT = "“The new railway is a gift for Chile, Peru, and the wider region,” Arce said.";

    private static IndexedWord word(ParsedSentence s, String w) {
        return s.graph.vertexListSorted().stream().filter(n -> n.word().equals(w)).findFirst().orElseThrow();
    }

    @Test
    void aStateInsideTheQuoteIsQuoted() {
        ParsedSentence s = OwnSentences.parsed(TEXT);
        assertTrue(s.quotedApartFrom(word(s, "Chile"), word(s, "said")));
    }

    @Test
    void theSpeakerAfterTheQuoteIsNot() {
        ParsedSentence s = OwnSentences.parsed(TEXT);
        assertFalse(s.quotedApartFrom(word(s, "Arce"), word(s, "said")));
    }

    @Test
    void aWordQuotedWithItsVerbIsNot() {
        ParsedSentence s = OwnSentences.parsed("Arce said: “Chile said no to the railway.”");
        assertFalse(s.quotedApartFrom(word(s, "Chile"), s.graph.vertexListSorted().stream()
                .filter(n -> n.word().equals("said")).reduce((a, b) -> b).orElseThrow()));
    }
}

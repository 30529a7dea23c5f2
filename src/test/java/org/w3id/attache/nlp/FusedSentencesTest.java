package org.w3id.attache.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A page that lost the space after a full stop ("… in Nairobi.The minister …") still has two
 * sentences, and their words keep their places in the text as written. Sentences are our own.
 */
class FusedSentencesTest {

    private static List<String> sentences(AnalysedArticle doc) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < doc.sentenceCount(); i++) {
            out.add(doc.sentenceText(i));
        }
        return out;
    }

    @Test
    void aStopWithoutASpaceStillEndsTheSentence() {
        String text = "Kenyan President William Ruto arrived in Accra.The delegation included Foreign Minister Musalia Mudavadi.";
        AnalysedArticle doc = OwnArticles.analyse(text);
        assertEquals(List.of("Kenyan President William Ruto arrived in Accra.", "The delegation included Foreign Minister Musalia Mudavadi."),
                sentences(doc));
        Mention accra = doc.mentions().stream().filter(m -> m.text().equals("Accra")).findFirst().orElseThrow();
        assertEquals("Accra", text.substring(doc.tokens(0).get(accra.begin()).beginPosition(), doc.tokens(0).get(accra.end() - 1).endPosition()));
        assertEquals(List.of("Musalia Mudavadi"), doc.mentions(1).stream().filter(m -> m.entity().type() == EntityType.PERSON).map(Mention::text).toList());
    }

    @Test
    void initialsAndAbbreviationsAreLeftAlone() {
        assertEquals(1, OwnArticles.analyse("President Kh.Battulga met the U.S. envoy in Ulaanbaatar on Monday.").sentenceCount());
    }
}

package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A surname alone is the person the article names in full, wherever the full name stands. Sentences are our own. */
class ShortNamesTest {
    private static List<String> speakers(String text) {
        return OwnSentences.facts(text, FactType.STATEMENT).stream().map(f -> f.role("speaker").label()).distinct().toList();
    }

    @Test
    void aSurnameBeforeTheFullNameBecomesItOnceNamed() {
        assertEquals(List.of("Dragan Petrović"), speakers("Petrovic leaves for Baku. Serbian Defence Minister Dragan Petrović arrived in Baku on Monday. "
                + "Petrovic said the pipeline would help the whole region."));
    }

    @Test
    void aSurnameBeforeAGenerationalSuffixIsThePerson() {
        assertEquals(List.of("Ferdinand Marcos Jr."), speakers("President Ferdinand R. Marcos Jr. arrived in Tokyo on Monday. "
                + "Marcos said the talks had gone well."));
    }
}

package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A possessive in an opening phrase points forward to the subject that follows it, and to no one else. Sentences are our own. */
class CataphoraTest {
    private static List<String> visits(String text) {
        return OwnSentences.visits(OwnSentences.scored(text, FactType.VISIT)).stream().distinct().toList();
    }

    @Test
    void theNamedSubjectAfterThePhrase() {
        assertEquals(List.of("Emmanuel Macron -> Kenya"),
                visits("During his visit to Kenya, French President Emmanuel Macron laid a wreath."));
    }

    @Test
    void aNameAfterTheVerbIsNoSubject() {
        assertEquals(List.of("William Ruto -> Accra", "William Ruto -> Ghana"),
                visits("Kenyan President William Ruto arrived in Accra on Monday. "
                        + "During his two-day official visit to Ghana, the president also attended the funeral of former Prime Minister Kofi Busia."));
    }
}

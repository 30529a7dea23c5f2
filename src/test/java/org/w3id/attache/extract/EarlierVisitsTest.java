package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "During his visit, …" is the visit the story already told, not a visit to the city the story
 * was filed from; "his visit here" is a visit to that city. Sentences are our own.
 */
class EarlierVisitsTest {
    private static final String FILED = "NAIROBI, May 9 (Own) — Ghanaian President Nana Akufo-Addo paid a state visit to Egypt in March. ";

    private static List<String> visits(String text) {
        return OwnSentences.visits(OwnSentences.scored(text, FactType.VISIT));
    }

    @Test
    void hisVisitIsTheVisitTold() {
        assertEquals(List.of("Nana Akufo-Addo -> Egypt"),
                visits(FILED + "During his visit, Akufo-Addo met Egyptian President Abdel Fattah el-Sisi."));
    }

    @Test
    void hisVisitHereIsToWhereTheStoryWasFiled() {
        assertEquals(List.of("Nana Akufo-Addo -> Egypt", "Nana Akufo-Addo -> Nairobi"),
                visits(FILED + "During his visit here on Thursday, Akufo-Addo met Kenyan President William Ruto."));
    }
}

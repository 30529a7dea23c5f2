package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.attache.intake.Article;
import org.w3id.attache.pipeline.ArticleProcessor;

/**
 * The shipped scorer keeps a meeting candidate of two people who both called on a third; the rules
 * already paired each with the host, so the candidate is dropped ({@link Subsumption#pairsRuleSidesAnew}).
 * Sentences are our own.
 */
class CandidatePairsTest {
    private static ArticleProcessor processor;

    @BeforeAll
    static void load() {
        processor = ArticleProcessor.standard();
    }

    private static List<String> meetings(String text) {
        Article article = new Article("https://example.org/pairs/" + Math.abs(text.hashCode()), "Pairs", LocalDate.of(2024, 5, 10),
                "attache tests", text, "CandidatePairsTest");
        return processor.facts(processor.analyse(article)).stream().filter(f -> f.type() == FactType.MEETING)
                .map(f -> f.roles().values().stream().flatMap(List::stream).map(e -> e.label()).sorted().toList().toString()).sorted().toList();
    }

    @Test
    void twoCallersOnAHostDidNotMeetEachOther() {
        assertEquals(List.of("[Ferdinand Marcos Jr., Minoru Kihara]", "[Ferdinand Marcos Jr., Richard Marles]"),
                meetings("Japanese Defence Minister Minoru Kihara and Australian Defence Minister Richard Marles also called on "
                        + "President Ferdinand Marcos Jr. at the palace on Friday."));
    }

    @Test
    void twoWhoMetAreStillAMeeting() {
        assertEquals(List.of("[Minoru Kihara, Richard Marles]"),
                meetings("Japanese Defence Minister Minoru Kihara and Australian Defence Minister Richard Marles met in Manila on Friday."));
    }
}

package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.attache.intake.Article;
import org.w3id.attache.mapping.Iris;
import org.w3id.attache.nlp.CoreNlp;
import org.w3id.attache.nlp.Gazetteer;
import org.w3id.attache.pipeline.ArticleProcessor;

/** A meeting placed in a city of another state makes a visit of the participant who travelled. Sentences are our own. */
class MeetingsAbroadTest {
    private static ArticleProcessor processor;

    @BeforeAll
    static void load() {
        processor = new ArticleProcessor(CoreNlp.shared(), Gazetteer.bundled(), RuleBook.bundled(), TriggerLexicon.bundled(),
                CandidateModel.none(), Iris.standard());
    }

    private static List<String> visits(String text) {
        Article article = new Article("https://example.org/abroad/" + Math.abs(text.hashCode()), "Abroad", LocalDate.of(2024, 5, 10),
                "attache tests", text, "MeetingsAbroadTest");
        return processor.extraction(processor.analyse(article)).facts().stream().filter(f -> f.type() == FactType.VISIT)
                .map(f -> f.role("visitor").label() + " -> " + f.role("destination").label() + " " + f.date() + " " + f.ruleId()).toList();
    }

    @Test
    void theLeaderFromAnotherStateVisitedTheCity() {
        assertEquals(List.of("William Ruto -> Paris 2024-05-06 visit.met-abroad"),
                visits("Kenyan President William Ruto met French President Emmanuel Macron in Paris on Monday."));
    }

    @Test
    void aMeetingAtHomeIsNoVisit() {
        assertEquals(List.of(), visits("French President Emmanuel Macron met French Prime Minister Gabriel Attal in Paris on Monday."));
    }

    @Test
    void twoCitiesLeaveThePlaceInDoubt() {
        assertEquals(List.of(), visits("Kenyan President William Ruto met French President Emmanuel Macron in Paris before he left for Berlin."));
    }

    @Test
    void aCityThatOnlyQualifiesAPostIsNoPlaceOfMeeting() {
        assertEquals(List.of(), visits("Kenyan President William Ruto met the French ambassador to Nairobi, Jean Dupont, on Monday."));
    }

    @Test
    void aVisitTheTextStatesIsNotToldTwice() {
        assertEquals(1, visits("Kenyan President William Ruto arrived in France on Sunday. "
                + "Ruto met French President Emmanuel Macron in Paris on Monday.").size());
    }

    @Test
    void aNegatedMeetingMakesNoVisit() {
        assertEquals(List.of(), visits("Kenyan President William Ruto did not meet French President Emmanuel Macron in Paris on Monday."));
    }
}

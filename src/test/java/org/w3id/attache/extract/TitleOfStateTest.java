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

/**
 * "President of Kenya William Ruto": the parser often makes the name the object of "of", yet the
 * title stands for the person and the post is Kenya's. Sentences are our own.
 */
class TitleOfStateTest {
    private static ArticleProcessor processor;

    @BeforeAll
    static void load() {
        processor = new ArticleProcessor(CoreNlp.shared(), Gazetteer.bundled(), RuleBook.bundled(), TriggerLexicon.bundled(),
                CandidateModel.none(), Iris.standard());
    }

    private static List<Fact> facts(String text, FactType type) {
        Article article = new Article("https://example.org/title-of/" + Math.abs(text.hashCode()), "Titles", LocalDate.of(2024, 5, 10),
                "attache tests", text, "TitleOfStateTest");
        return processor.extraction(processor.analyse(article)).facts().stream().filter(f -> f.type() == type).toList();
    }

    private static final String MET = "President of Ghana Nana Akufo-Addo met with President of the Philippines Ferdinand Marcos Jr. in Manila.";

    @Test
    void theTitleOfAStateIsAPostOfThatState() {
        assertEquals(List.of("Nana Akufo-Addo President Ghana", "Ferdinand Marcos Jr. President Philippines"),
                facts(MET, FactType.POSITION).stream()
                        .map(f -> f.role("holder").label() + " " + f.values().get("title") + " " + f.role("organisation").label()).toList());
    }

    @Test
    void theTitleStandsForThePersonNamedAfterItsState() {
        assertEquals(List.of(List.of("Nana Akufo-Addo", "Ferdinand Marcos Jr.")),
                facts(MET, FactType.MEETING).stream().map(f -> f.roles().get("participant").stream().map(e -> e.label()).toList()).toList());
    }
}

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

/** A delegation travels with a leader of its own state; a host's company is no delegation. Sentences are our own. */
class ForeignCompanionsTest {
    private static ArticleProcessor processor;

    @BeforeAll
    static void load() {
        processor = new ArticleProcessor(CoreNlp.shared(), Gazetteer.bundled(), RuleBook.bundled(), TriggerLexicon.bundled(),
                CandidateModel.none(), Iris.standard());
    }

    private static List<String> delegations(String text) {
        Article article = new Article("https://example.org/companions/" + Math.abs(text.hashCode()), "Companions", LocalDate.of(2024, 5, 10),
                "attache tests", text, "ForeignCompanionsTest");
        return processor.extraction(processor.analyse(article)).facts().stream().filter(f -> f.type() == FactType.DELEGATION)
                .map(f -> f.role("leader").label() + " + " + f.role("member").label()).toList();
    }

    @Test
    void aMinisterOfTheLeadersOwnStateIsOfTheDelegation() {
        assertEquals(List.of("Narendra Modi + Rajnath Singh"),
                delegations("Indian Prime Minister Narendra Modi was accompanied by Indian Defence Minister Rajnath Singh at the temple on Monday."));
    }

    @Test
    void theHostWhoAccompaniesAGuestIsNotOfHisDelegation() {
        assertEquals(List.of(),
                delegations("Indian Prime Minister Narendra Modi was accompanied by Cambodian Prime Minister Hun Manet at the temple on Monday."));
    }

    @Test
    void aCompanionOfUnknownStateIsKept() {
        assertEquals(List.of("Narendra Modi + Arjun Mehra"),
                delegations("Indian Prime Minister Narendra Modi was accompanied by Arjun Mehra at the temple on Monday."));
    }
}

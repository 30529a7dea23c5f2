package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3id.attache.intake.Article;
import org.w3id.attache.mapping.Iris;
import org.w3id.attache.nlp.AnalysedArticle;
import org.w3id.attache.nlp.CoreNlp;
import org.w3id.attache.nlp.Gazetteer;
import org.w3id.attache.pipeline.ArticleProcessor;

/**
 * Every rule reads its own example: the sentence of its {@code example:} line, as a one-sentence
 * article, gives a fact of that rule (before facts are weighed against each other), so a rule
 * that no longer matches what it was written for fails here by name.
 */
class RuleExamplesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 15);

    @TestFactory
    Stream<DynamicTest> everyRuleFindsAFactInItsOwnExample() {
        RuleBook rules = RuleBook.bundled();
        Gazetteer gazetteer = Gazetteer.bundled();
        ArticleProcessor processor = new ArticleProcessor(CoreNlp.shared(), gazetteer, rules, TriggerLexicon.bundled(), CandidateModel.none(),
                Iris.standard());
        Extractor extractor = new Extractor(rules, TriggerLexicon.bundled(), CandidateModel.none(), gazetteer);
        return rules.rules().stream().map(rule -> DynamicTest.dynamicTest(rule.id(), () -> {
            Article article = new Article("https://example.org/rule-examples/" + rule.id(), "Rule example", PUBLISHED, "attache tests",
                    rule.example(), "RuleExamplesTest");
            AnalysedArticle doc = processor.analyse(article);
            List<Fact> facts = extractor.everyRuleFact(doc);
            assertTrue(facts.stream().anyMatch(f -> f.ruleId().equals(rule.id())),
                    rule.origin() + ": rule " + rule.id() + " finds no fact in its example \"" + rule.example() + "\"; found "
                            + facts.stream().map(Fact::ruleId).toList());
        }));
    }
}

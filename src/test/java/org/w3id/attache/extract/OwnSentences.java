package org.w3id.attache.extract;

import java.time.LocalDate;
import java.util.List;
import org.w3id.attache.intake.Article;
import org.w3id.attache.mapping.Iris;
import org.w3id.attache.nlp.AnalysedArticle;
import org.w3id.attache.nlp.CoreNlp;
import org.w3id.attache.nlp.Gazetteer;
import org.w3id.attache.pipeline.ArticleProcessor;

/**
 * What the rules and article passes alone (no candidate scorer), or the whole shipped pipeline,
 * make of a text of our own published on 2024-05-10: the shared set-up of the extraction tests,
 * each pipeline made once per test JVM.
 */
final class OwnSentences {
    private static ArticleProcessor rulesOnly;
    private static ArticleProcessor shipped;

    private OwnSentences() {
    }

    /** The facts of {@code type} found in {@code text}. */
    static List<Fact> facts(String text, FactType type) {
        return of(processor(), text, type);
    }

    /** The facts of {@code type} the shipped pipeline, candidate scorer included, finds in {@code text}. */
    static List<Fact> scored(String text, FactType type) {
        return of(shipped(), text, type);
    }

    /** Each fact's actors, labels sorted ("[Hun Manet, Nana Akufo-Addo]"), in the facts' order. */
    static List<String> actors(List<Fact> facts) {
        return facts.stream().map(f -> f.roles().values().stream().flatMap(List::stream).map(e -> e.label()).sorted().toList().toString()).toList();
    }

    /** Supplies as "supplier -> recipient: item", in the facts' order. */
    static List<String> supplies(List<Fact> facts) {
        return facts.stream().map(f -> f.role("supplier").label() + " -> " + f.role("recipient").label() + ": " + f.value("item")).toList();
    }

    /** Visits as "visitor -> destination", in the facts' order. */
    static List<String> visits(List<Fact> facts) {
        return facts.stream().map(f -> f.role("visitor").label() + " -> " + f.role("destination").label()).toList();
    }

    /** Attendances as "attendee @ event", in the facts' order. */
    static List<String> attendances(List<Fact> facts) {
        return facts.stream().map(f -> f.role("attendee").label() + " @ " + f.role("event").label()).toList();
    }

    /** Delegations as "leader + member", in order. */
    static List<String> leadersAndMembers(List<Fact> delegations) {
        return delegations.stream().map(f -> f.role("leader").label() + " + " + f.role("member").label()).toList();
    }

    /** The first sentence of {@code text} as the rules see it. */
    static ParsedSentence parsed(String text) {
        AnalysedArticle doc = processor().analyse(article(text));
        return new ParsedSentence(doc, 0, doc.dependencies(0), RuleBook.bundled());
    }

    private static List<Fact> of(ArticleProcessor p, String text, FactType type) {
        return p.extraction(p.analyse(article(text))).facts().stream().filter(f -> f.type() == type).toList();
    }

    private static Article article(String text) {
        return new Article("https://example.org/own/" + Integer.toHexString(text.hashCode()), "Own sentences", LocalDate.of(2024, 5, 10),
                "attache tests", text, "OwnSentences");
    }

    private static synchronized ArticleProcessor shipped() {
        if (shipped == null) {
            shipped = ArticleProcessor.standard();
        }
        return shipped;
    }

    private static synchronized ArticleProcessor processor() {
        if (rulesOnly == null) {
            rulesOnly = new ArticleProcessor(CoreNlp.shared(), Gazetteer.bundled(), RuleBook.bundled(), TriggerLexicon.bundled(),
                    CandidateModel.none(), Iris.standard());
        }
        return rulesOnly;
    }
}

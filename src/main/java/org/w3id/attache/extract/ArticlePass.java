package org.w3id.attache.extract;

import java.util.List;
import java.util.function.Predicate;
import org.w3id.attache.nlp.AnalysedArticle;

/** A reading of the article as a whole, run after every sentence's facts are found: it may complete, fold or drop facts. */
interface ArticlePass {

    /** The article's facts after this pass, in order. */
    List<Fact> apply(List<Fact> facts, AnalysedArticle doc);

    /** The facts, in order, less those of {@code type} that {@code drop} rejects. */
    static List<Fact> without(List<Fact> facts, FactType type, Predicate<Fact> drop) {
        return facts.stream().filter(f -> f.type() != type || !drop.test(f)).toList();
    }
}

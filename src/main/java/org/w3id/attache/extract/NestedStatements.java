package org.w3id.attache.extract;

import java.util.List;
import org.w3id.attache.nlp.AnalysedArticle;

/**
 * "Pistorius recalled that Germany pledged to send another Patriot": what one speaker reports
 * another said is the first speaker's statement; the words inside it are no statement the article
 * makes of its own. A statement whose words lie within another's, in the same sentence and by
 * another speaker, is dropped.
 */
final class NestedStatements implements ArticlePass {

    @Override
    public List<Fact> apply(List<Fact> facts, AnalysedArticle doc) {
        return ArticlePass.without(facts, FactType.STATEMENT, inner -> facts.stream().anyMatch(outer -> within(inner, outer)));
    }

    private static boolean within(Fact inner, Fact outer) {
        String words = inner.value("content");
        String around = outer.value("content");
        return outer != inner && outer.type() == FactType.STATEMENT && outer.sentence() == inner.sentence()
                && words != null && !words.isBlank() && around != null && words.length() < around.length() && around.contains(words)
                && inner.role("speaker") != null && !inner.role("speaker").equals(outer.role("speaker"));
    }
}

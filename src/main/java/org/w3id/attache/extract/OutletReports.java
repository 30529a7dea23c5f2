package org.w3id.attache.extract;

import java.util.List;
import org.w3id.attache.nlp.AnalysedArticle;
import org.w3id.attache.nlp.Entity;

/**
 * "Xi told Kim of his backing, Xinhua said": an outlet that reports is the medium of what others
 * said, not a speaker of its own. A statement whose speaker is its own medium is dropped.
 */
final class OutletReports implements ArticlePass {

    @Override
    public List<Fact> apply(List<Fact> facts, AnalysedArticle doc) {
        return ArticlePass.without(facts, FactType.STATEMENT, f -> ownMedium(f.role("speaker"), f.role("medium")));
    }

    private static boolean ownMedium(Entity speaker, Entity medium) {
        return speaker != null && medium != null && (speaker.equals(medium) || speaker.label().equalsIgnoreCase(medium.label()));
    }
}

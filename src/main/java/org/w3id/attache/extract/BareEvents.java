package org.w3id.attache.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3id.attache.nlp.AnalysedArticle;
import org.w3id.attache.nlp.Entity;

/**
 * "In his address to the session, Ramaphosa …": an event named by a bare word for a gathering or
 * a part of one is the gathering the story attended last, by name ("the 10th BRICS summit"), when
 * that was told at most {@value #REACH} sentences before.
 */
final class BareEvents implements ArticlePass {
    /** Words that stand for a gathering already named, when nothing qualifies them. */
    private static final Set<String> BARE = Set.of("session", "meeting", "summit", "forum", "conference", "talks", "gathering", "event", "ceremony");
    private static final int REACH = 5;

    @Override
    public List<Fact> apply(List<Fact> facts, AnalysedArticle doc) {
        List<Fact> out = new ArrayList<>(facts.size());
        Fact named = null;
        for (Fact f : facts) {
            if (f.type() != FactType.ATTENDANCE || f.role("event") == null) {
                out.add(f);
                continue;
            }
            if (!bare(f.role("event"))) {
                named = named == null || f.sentence() >= named.sentence() ? f : named;
                out.add(f);
            } else if (named != null && named.sentence() < f.sentence() && f.sentence() - named.sentence() <= REACH) {
                out.add(f.withRole("event", named.role("event")));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    private static boolean bare(Entity event) {
        return BARE.contains(event.label().toLowerCase(Locale.ROOT));
    }
}

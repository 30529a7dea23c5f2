package org.w3id.attache.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3id.attache.nlp.AnalysedArticle;
import org.w3id.attache.nlp.Entity;
import org.w3id.attache.nlp.Gazetteer;

/**
 * A delegation travels with its own leader: "the minister joined his Kenyan counterpart Aden
 * Duale" or "the minister was accompanied by his host" tells of company, not of a delegation. An
 * accompaniment is dropped when its leader and member the article ties to two different states
 * ({@link HomeStates}), or when the same sentence calls one of them the other's counterpart; one
 * whose states are unknown is kept.
 */
final class ForeignCompanions implements ArticlePass {

    private final HomeStates homes;

    ForeignCompanions(Gazetteer gazetteer) {
        this.homes = new HomeStates(gazetteer);
    }

    @Override
    public List<Fact> apply(List<Fact> facts, AnalysedArticle doc) {
        List<Fact> out = new ArrayList<>();
        for (Fact f : facts) {
            if (f.type() != FactType.DELEGATION || !foreign(f.role("leader"), f.role("member"), facts) && !counterparts(f, facts)) {
                out.add(f);
            }
        }
        return out;
    }

    /** Does a post held "as counterpart" in the accompaniment's own sentence belong to its leader or member? */
    private static boolean counterparts(Fact delegation, List<Fact> facts) {
        for (Fact f : facts) {
            if (f.type() == FactType.POSITION && f.sentence() == delegation.sentence() && f.ruleId().startsWith("position.counterpart")
                    && (f.role("holder").equals(delegation.role("leader")) || f.role("holder").equals(delegation.role("member")))) {
                return true;
            }
        }
        return false;
    }

    private boolean foreign(Entity leader, Entity member, List<Fact> facts) {
        if (leader == null || member == null) {
            return false;
        }
        Optional<Entity> a = homes.of(leader, facts);
        Optional<Entity> b = homes.of(member, facts);
        return a.isPresent() && b.isPresent() && !HomeStates.same(a.get(), b.get());
    }
}

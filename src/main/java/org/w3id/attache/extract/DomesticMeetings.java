package org.w3id.attache.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3id.attache.nlp.AnalysedArticle;
import org.w3id.attache.nlp.Entity;
import org.w3id.attache.nlp.Gazetteer;

/**
 * Ties between states are made by people of different states: a minister meeting a colleague of
 * his own government is domestic business. A meeting is dropped when the article ties every one
 * of its sides to one and the same state ({@link HomeStates}); one with a side of unknown state
 * is kept.
 */
final class DomesticMeetings implements ArticlePass {

    private final HomeStates homes;

    DomesticMeetings(Gazetteer gazetteer) {
        this.homes = new HomeStates(gazetteer);
    }

    @Override
    public List<Fact> apply(List<Fact> facts, AnalysedArticle doc) {
        return ArticlePass.without(facts, FactType.MEETING, f -> domestic(f, facts));
    }

    private boolean domestic(Fact meeting, List<Fact> facts) {
        Set<Entity> sides = meeting.sides();
        Entity state = null;
        for (Entity side : sides) {
            Optional<Entity> home = homes.of(side, facts);
            if (home.isEmpty() || state != null && !HomeStates.same(state, home.get())) {
                return false;
            }
            state = home.get();
        }
        return sides.size() >= 2;
    }
}

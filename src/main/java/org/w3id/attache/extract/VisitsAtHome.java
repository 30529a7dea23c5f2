package org.w3id.attache.extract;

import java.util.List;
import java.util.Optional;
import org.w3id.attache.nlp.AnalysedArticle;
import org.w3id.attache.nlp.Entity;
import org.w3id.attache.nlp.Gazetteer;

/**
 * A visit takes its visitor abroad: an official "in Jakarta" whose only posts the article gives
 * are Indonesia's is at home, and "the minister returned to Israel" is no visit to Israel. A
 * visit is dropped when its destination lies in the visitor's home state ({@link HomeStates});
 * one whose visitor's state is unknown is kept.
 */
final class VisitsAtHome implements ArticlePass {

    private final Gazetteer gazetteer;
    private final HomeStates homes;

    VisitsAtHome(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.homes = new HomeStates(gazetteer);
    }

    @Override
    public List<Fact> apply(List<Fact> facts, AnalysedArticle doc) {
        return ArticlePass.without(facts, FactType.VISIT, f -> atHome(f, facts));
    }

    private boolean atHome(Fact visit, List<Fact> facts) {
        Entity visitor = visit.role("visitor");
        Entity destination = visit.role("destination");
        if (visitor == null || destination == null) {
            return false;
        }
        Optional<Entity> home = homes.of(visitor, facts);
        Optional<Entity> there = gazetteer.stateOf(destination);
        return home.isPresent() && there.isPresent() && HomeStates.same(home.get(), there.get());
    }
}

package org.w3id.attache.extract;

import java.util.List;
import java.util.Objects;
import org.w3id.attache.nlp.AnalysedArticle;
import org.w3id.attache.nlp.Entity;
import org.w3id.attache.nlp.EntityType;
import org.w3id.attache.nlp.Gazetteer;

/**
 * "A tour of the Gulf" that the article goes on to tell stop by stop is those stops: a visit to a
 * place no state holds (a name the gazetteer cannot place) is dropped when the article also
 * tells a visit by the same person, in the same month, to a place that a state holds. A visit to
 * a part of the world ("his May visit to Asia", "a tour of the Middle East") is dropped even told
 * alone: it names no destination a state holds, and no real-news gold but one lists such a visit.
 * A place the gazetteer cannot place that is no world region (a town it does not list) stays.
 */
final class UmbrellaVisits implements ArticlePass {

    private final Gazetteer gazetteer;

    UmbrellaVisits(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public List<Fact> apply(List<Fact> facts, AnalysedArticle doc) {
        return ArticlePass.without(facts, FactType.VISIT, f -> unplaced(f) && (gazetteer.isWorldRegion(f.role("destination"))
                || facts.stream().anyMatch(o -> stopOf(o, f))));
    }

    private boolean unplaced(Fact visit) {
        Entity where = visit.role("destination");
        return where != null && where.type() == EntityType.PLACE && gazetteer.stateOf(where).isEmpty();
    }

    private boolean stopOf(Fact other, Fact umbrella) {
        return other.type() == FactType.VISIT && other != umbrella && !other.negated() && !unplaced(other)
                && Objects.equals(other.role("visitor"), umbrella.role("visitor")) && sameMonth(other.date(), umbrella.date());
    }

    private static boolean sameMonth(String a, String b) {
        return a.length() >= 7 && b.length() >= 7 && a.regionMatches(0, b, 0, 7);
    }
}

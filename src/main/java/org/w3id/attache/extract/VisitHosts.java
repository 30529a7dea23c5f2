package org.w3id.attache.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3id.attache.nlp.AnalysedArticle;
import org.w3id.attache.nlp.Entity;
import org.w3id.attache.nlp.EntityType;
import org.w3id.attache.nlp.Gazetteer;

/**
 * Names the host of a visit from the article's meetings: whom the visitor met on the trip, when
 * that person belongs to the state visited and the text casts them as host — a cue of
 * {@code rules/host-cues.tsv} in the meeting's sentence or the next ("He told his host …"), or in
 * any sentence that names them ("Kim greeted the Russian leader at the airport"). Talks alone make
 * no host. Of several such meetings the first the article reports is taken.
 */
final class VisitHosts implements ArticlePass {

    private final Gazetteer gazetteer;
    private final RuleBook rules;

    VisitHosts(Gazetteer gazetteer, RuleBook rules) {
        this.gazetteer = gazetteer;
        this.rules = rules;
    }

    /** The facts, with a host added to each visit that has none and a matching meeting. */
    @Override
    public List<Fact> apply(List<Fact> facts, AnalysedArticle doc) {
        Set<Entity> castAsHost = new HashSet<>();
        for (int s = 0; s < doc.sentenceCount(); s++) {
            if (hostCueIn(doc, s)) {
                doc.mentions(s).forEach(m -> castAsHost.add(m.entity()));
            }
        }
        List<Fact> out = new ArrayList<>(facts.size());
        for (Fact f : facts) {
            out.add(f.type() == FactType.VISIT && f.role("host") == null && !f.negated() ? withHost(f, facts, doc, castAsHost) : f);
        }
        return out;
    }

    private boolean hostCueIn(AnalysedArticle doc, int sentence) {
        return sentence < doc.sentenceCount()
                && doc.tokens(sentence).stream().anyMatch(t -> t.lemma() != null && rules.isHostCue(t.lemma()));
    }

    private Fact withHost(Fact visit, List<Fact> facts, AnalysedArticle doc, Set<Entity> castAsHost) {
        Entity visitor = visit.role("visitor");
        Entity visited = stateOf(visit.role("destination"));
        if (visitor == null || visited == null) {
            return visit;
        }
        for (Fact m : facts) {
            if (m.type() != FactType.MEETING || m.negated() || m.future() != visit.future() || !sameTime(m.date(), visit.date())) {
                continue;
            }
            List<Entity> people = m.roles().getOrDefault("participant", List.of());
            if (!people.contains(visitor)) {
                continue;
            }
            boolean cuedHere = hostCueIn(doc, m.sentence()) || hostCueIn(doc, m.sentence() + 1);
            Optional<Entity> host = people.stream()
                    .filter(p -> !p.equals(visitor) && p.type() == EntityType.PERSON && visited.equals(stateOf(p)))
                    .filter(p -> cuedHere || castAsHost.contains(p))
                    .findFirst();
            if (host.isPresent()) {
                return visit.withRole("host", host.get());
            }
        }
        return visit;
    }

    /**
     * Dates that can fall within one trip: the same month at the precision both give (a visit on
     * the 20th, talks on the 21st), or one of them unknown.
     */
    private static boolean sameTime(String a, String b) {
        int n = Math.min(Math.min(a.length(), b.length()), 7);
        return a.regionMatches(0, b, 0, n);
    }

    private Entity stateOf(Entity e) {
        return e == null ? null : gazetteer.stateOf(e).orElse(null);
    }
}

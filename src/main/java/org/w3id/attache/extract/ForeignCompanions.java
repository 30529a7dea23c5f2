package org.w3id.attache.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.w3id.attache.nlp.AnalysedArticle;
import org.w3id.attache.nlp.Entity;
import org.w3id.attache.nlp.Gazetteer;

/**
 * A delegation travels with its own leader: "the minister joined his Kenyan counterpart Aden
 * Duale" or "the minister was accompanied by his host" tells of company, not of a delegation. An
 * accompaniment is dropped when its leader and member the article ties to two different states
 * ({@link HomeStates}), when the same sentence calls one of them the other's counterpart, or when
 * the member is the one who received the leader there, or when the leader is at home hosting the
 * article's guests; one whose states are unknown is kept.
 */
final class ForeignCompanions implements ArticlePass {

    /** Verbs by which a host meets a guest. */
    private static final Set<String> RECEIVING = Set.of("receive", "welcome", "greet", "host");

    private final HomeStates homes;
    private final Gazetteer gazetteer;

    ForeignCompanions(Gazetteer gazetteer) {
        this.homes = new HomeStates(gazetteer);
        this.gazetteer = gazetteer;
    }

    @Override
    public List<Fact> apply(List<Fact> facts, AnalysedArticle doc) {
        return ArticlePass.without(facts, FactType.DELEGATION,
                f -> foreign(f.role("leader"), f.role("member"), facts) || counterparts(f, facts) || receivedBy(f, doc)
                        || hostAtHome(f.role("leader"), facts));
    }

    /**
     * Is the leader at home while the article's guests come: on no visit of their own, and the host
     * of a visit or of the state a visit goes to? A host's aides are no delegation.
     */
    private boolean hostAtHome(Entity leader, List<Fact> facts) {
        if (leader == null) {
            return false;
        }
        Optional<Entity> home = homes.of(leader, facts);
        boolean hosts = false;
        for (Fact f : facts) {
            if (f.type() != FactType.VISIT || f.negated()) {
                continue;
            }
            if (f.roles().getOrDefault("visitor", List.of()).contains(leader)) {
                return false;
            }
            Entity destination = f.role("destination");
            hosts |= f.roles().getOrDefault("host", List.of()).contains(leader) || home.isPresent() && destination != null
                    && gazetteer.stateOf(destination).filter(state -> HomeStates.same(state, home.get())).isPresent();
        }
        return hosts;
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

    /**
     * "She was received by Foreign Minister X, who accompanied her": one who receives, welcomes or
     * greets the leader in the accompaniment's sentence is the host's side.
     */
    private static boolean receivedBy(Fact delegation, AnalysedArticle doc) {
        Entity member = delegation.role("member");
        if (member == null) {
            return false;
        }
        for (SemanticGraphEdge e : doc.dependencies(delegation.sentence()).edgeIterable()) {
            String rel = e.getRelation().toString();
            String lemma = e.getGovernor().lemma();
            boolean agent = rel.equals("obl:agent") || rel.equals("obl:by") || rel.equals("nsubj") && !"VBN".equals(e.getGovernor().tag());
            if (lemma != null && RECEIVING.contains(lemma) && agent
                    && doc.mentionAt(delegation.sentence(), e.getDependent().index() - 1).map(m -> member.equals(m.entity())).orElse(false)) {
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

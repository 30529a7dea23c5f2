package org.w3id.attache.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.w3id.attache.nlp.Entity;
import org.w3id.attache.nlp.EntityType;
import org.w3id.attache.nlp.Gazetteer;

/**
 * "to supply his nation with jets", "her country's army": a country owned by a person is the
 * state that person serves; one whose state is unknown names none. A side of a
 * supply or a cooperation named by what a state owns ("sent jets to Ukraine's war effort") is
 * that state.
 */
final class OwnCountries {

    private static final Set<String> COUNTRY_NOUNS = Set.of("country", "nation", "homeland");

    private final Gazetteer gazetteer;

    OwnCountries(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The state {@code n} stands for when it is a person's country, if any. */
    Optional<Entity> of(ParsedSentence s, IndexedWord n) {
        if (n.lemma() == null || !COUNTRY_NOUNS.contains(n.lemma().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        for (SemanticGraphEdge e : s.graph.outgoingEdgeIterable(n)) {
            if (e.getRelation().toString().equals("nmod:poss")) {
                Optional<String> state = s.entity(e.getDependent()).filter(p -> p.type() == EntityType.PERSON).flatMap(s.doc::stateServed);
                if (state.isPresent()) {
                    return gazetteer.country(state.get());
                }
            }
        }
        return Optional.empty();
    }

    /** The state that owns {@code n}, a common noun: "Ukraine's war effort", "Ghana's army". */
    static Optional<Entity> owningState(ParsedSentence s, IndexedWord n) {
        if (n.tag() == null || !n.tag().startsWith("NN") || n.tag().startsWith("NNP")) {
            return Optional.empty();
        }
        for (SemanticGraphEdge e : s.graph.outgoingEdgeIterable(n)) {
            if (e.getRelation().toString().equals("nmod:poss")) {
                Optional<Entity> owner = s.entity(e.getDependent()).filter(p -> p.type() == EntityType.STATE);
                if (owner.isPresent()) {
                    return owner;
                }
            }
        }
        return Optional.empty();
    }
}

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
 * state that person serves; one whose state is unknown names none. A side of a supply or a
 * cooperation named by what a state owns ("sent jets to Ukraine's war effort") is that state.
 */
final class OwnCountries {

    private static final Set<String> COUNTRY_NOUNS = Set.of("country", "nation", "homeland");
    /** What a state owns that stands for the state as a side of a supply or a cooperation. */
    private static final Set<String> OWN_BODIES = Set.of("army", "military", "force", "troops", "navy", "soldier", "government",
            "people", "defence", "defense", "fight", "effort", "economy", "ministry", "arsenal");

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

    /**
     * The state that owns {@code n} when it is one of the state's own bodies or causes ("Ukraine's
     * war effort", "Ghana's army"); "Ukraine's separatists" or "Russia's rivals" are not the state.
     */
    static Optional<Entity> owningState(ParsedSentence s, IndexedWord n) {
        if (n.lemma() == null || !OWN_BODIES.contains(n.lemma().toLowerCase(Locale.ROOT))) {
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

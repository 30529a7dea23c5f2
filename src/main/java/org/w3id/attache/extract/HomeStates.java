package org.w3id.attache.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3id.attache.nlp.Entity;
import org.w3id.attache.nlp.Gazetteer;

/**
 * The state a person serves, as an article tells it: the state of every post the article gives
 * them, when that is one state; else the gazetteer's country of the person; else none.
 */
final class HomeStates {

    private final Gazetteer gazetteer;

    HomeStates(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    Optional<Entity> of(Entity person, List<Fact> facts) {
        List<Entity> states = new ArrayList<>();
        for (Fact f : facts) {
            if (f.type() == FactType.POSITION && person.equals(f.role("holder")) && !f.negated() && f.role("organisation") != null) {
                gazetteer.stateOf(f.role("organisation")).ifPresent(states::add);
            }
        }
        if (states.isEmpty() && !person.country().isEmpty()) {
            gazetteer.stateOf(person).ifPresent(states::add);
        }
        return !states.isEmpty() && states.stream().allMatch(s -> same(s, states.get(0))) ? Optional.of(states.get(0)) : Optional.empty();
    }

    /** The state a place lies in (or is), or none. */
    Optional<Entity> ofPlace(Entity place) {
        return gazetteer.stateOf(place);
    }

    /** Do two actors (states, places, people the gazetteer places) belong to one state? */
    boolean sameState(Entity a, Entity b) {
        Optional<Entity> sa = gazetteer.stateOf(a);
        Optional<Entity> sb = gazetteer.stateOf(b);
        return sa.isPresent() && sb.isPresent() && same(sa.get(), sb.get());
    }

    /** Are two states the same one? The gazetteer may describe a state twice (its capital spelled two ways): their ISO codes tell. */
    static boolean same(Entity a, Entity b) {
        return a.country().isEmpty() || b.country().isEmpty() ? a.label().equals(b.label()) : a.country().equals(b.country());
    }
}

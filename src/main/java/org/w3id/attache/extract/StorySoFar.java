package org.w3id.attache.extract;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.w3id.attache.nlp.Entity;
import org.w3id.attache.nlp.EntityType;

/**
 * What the article has told before the sentence being read, for roles a sentence leaves to its
 * reader: who leads a delegation the text does not name (the latest visitor), which event "the
 * leaders who attended" attended (the latest event), who "the two sides" are (the latest parties).
 */
record StorySoFar(List<Fact> facts, List<Fact> supplies) {

    /** How many sentences back a visit still tells who "the two countries" are. */
    static final int VISIT_REACH = 2;

    /** The story as the rules told it, its supplies too. */
    StorySoFar(List<Fact> facts) {
        this(facts, facts);
    }

    /** The visitor of the latest visit by a person. */
    Optional<Entity> lastVisitor() {
        return last(FactType.VISIT, "visitor", e -> e.type() == EntityType.PERSON);
    }

    /** Where the latest visit of {@code visitor} went, as the story told it. */
    Optional<Entity> lastDestinationOf(Entity visitor) {
        for (int i = facts.size() - 1; i >= 0; i--) {
            Fact f = facts.get(i);
            if (f.type() == FactType.VISIT && !f.negated() && visitor.equals(f.role("visitor")) && f.role("destination") != null) {
                return Optional.of(f.role("destination"));
            }
        }
        return Optional.empty();
    }

    /**
     * The latest supply with both its sides, whether a rule stated it or a candidate offered it:
     * what "the package includes …" goes on about.
     */
    Optional<Fact> lastSupply() {
        for (int i = supplies.size() - 1; i >= 0; i--) {
            Fact f = supplies.get(i);
            if (f.type() == FactType.SUPPLY && f.role("supplier") != null && f.role("recipient") != null) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The domain of the latest cooperation between the two sides, either way round. */
    Optional<String> lastDomainBetween(Entity a, Entity b) {
        for (int i = facts.size() - 1; i >= 0; i--) {
            Fact f = facts.get(i);
            if (f.type() == FactType.COOPERATION && !f.negated() && f.value("domain") != null
                    && (a.equals(f.role("party")) && b.equals(f.role("counterparty")) || b.equals(f.role("party")) && a.equals(f.role("counterparty")))) {
                return Optional.of(f.value("domain"));
            }
        }
        return Optional.empty();
    }

    /** The event of the latest attendance (a summit, a parade, a ceremony). */
    Optional<Entity> lastEvent() {
        return last(FactType.ATTENDANCE, "event", e -> true);
    }

    /**
     * The two sides the story told of last ("the two sides", "they" of a later sentence): the
     * parties of the latest cooperation, or the states of the two sides of the latest meeting, or
     * the visitor's state and the state visited (told at most {@value #VISIT_REACH} sentences before
     * {@code sentence}), when that came later and the article ties them to two states; or none.
     */
    List<Entity> lastParties(HomeStates homes, int sentence) {
        for (int i = facts.size() - 1; i >= 0; i--) {
            Fact f = facts.get(i);
            if (f.type() == FactType.COOPERATION && f.role("party") != null && f.role("counterparty") != null) {
                return List.of(f.role("party"), f.role("counterparty"));
            }
            if (f.type() == FactType.MEETING && !f.negated()) {
                List<Entity> states = f.sides().stream().map(p -> homes.of(p, facts)).flatMap(Optional::stream).distinct().toList();
                if (f.sides().size() == 2 && states.size() == 2 && !HomeStates.same(states.get(0), states.get(1))) {
                    return states;
                }
            }
            if (f.type() == FactType.VISIT && !f.negated() && sentence - f.sentence() <= VISIT_REACH && f.role("visitor") != null && f.role("destination") != null) {
                Optional<Entity> home = homes.of(f.role("visitor"), facts);
                Optional<Entity> host = homes.ofPlace(f.role("destination"));
                if (home.isPresent() && host.isPresent() && !HomeStates.same(home.get(), host.get())) {
                    return List.of(home.get(), host.get());
                }
            }
        }
        return List.of();
    }

    private Optional<Entity> last(FactType type, String role, Predicate<Entity> wanted) {
        for (int i = facts.size() - 1; i >= 0; i--) {
            Fact f = facts.get(i);
            if (f.type() == type && f.role(role) != null && wanted.test(f.role(role))) {
                return Optional.of(f.role(role));
            }
        }
        return Optional.empty();
    }
}

package org.w3id.attache.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.w3id.attache.nlp.Entity;

/** Facts of one sentence that another fact of it states with more detail, exact duplicates, and candidates that pair the rules' sides or items anew. */
final class Subsumption {

    private Subsumption() {
    }

    /**
     * Drops duplicates and facts that another fact of the same sentence says with more detail
     * (a meeting without its topic beside the same meeting with it, or with the story's date
     * beside the same fact with a date the sentence gives).
     */
    static List<Fact> withoutSubsumed(List<Fact> found, List<String> sentenceDates) {
        List<Fact> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Fact f : found) {
            boolean subsumed = found.stream().anyMatch(g -> g != f && g.type() == f.type() && g.date().equals(f.date())
                    && g.roles().entrySet().containsAll(f.roles().entrySet())
                    && g.values().entrySet().containsAll(f.values().entrySet())
                    && g.values().size() + g.roles().size() > f.values().size() + f.roles().size());
            boolean undated = !sentenceDates.contains(f.date()) && found.stream().anyMatch(g -> g != f && g.type() == f.type()
                    && roleKey(g).equals(roleKey(f)) && g.values().equals(f.values()) && sentenceDates.contains(g.date()));
            subsumed |= undated;
            if (!subsumed && seen.add(signature(f))) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * Does a candidate pair up sides that the rules already gave other partners in the same
     * sentence? In "A and B called on C" the rules find A with C and B with C; a candidate of A
     * with B would read the two callers as meeting each other. Holds for meetings and
     * cooperation when every side of the candidate is a side of a rule fact of its type and none
     * of those facts has the candidate's sides together.
     */
    static boolean pairsRuleSidesAnew(Fact candidate, List<Fact> ruleFacts) {
        if (candidate.type() != FactType.MEETING && candidate.type() != FactType.COOPERATION) {
            return false;
        }
        Set<Entity> sides = sides(candidate);
        List<Set<Entity>> ruled = ruleFacts.stream().filter(f -> f.type() == candidate.type()).map(Subsumption::sides).toList();
        return sides.size() >= 2 && sides.stream().allMatch(e -> ruled.stream().anyMatch(r -> r.contains(e)))
                && ruled.stream().noneMatch(r -> r.containsAll(sides));
    }

    /**
     * Does a candidate supply give a thing the rules found handed over in the same sentence another
     * supplier? One handing over has one supplier, and the rules read it from the grammar, where a
     * candidate may take the story's state for it ("It began with Peru supplying Chile with boats").
     */
    static boolean suppliesRuleItemAnew(Fact candidate, List<Fact> ruleFacts) {
        return candidate.type() == FactType.SUPPLY && ruleFacts.stream().anyMatch(f -> f.type() == FactType.SUPPLY
                && f.value("item").equals(candidate.value("item")) && Objects.equals(f.role("recipient"), candidate.role("recipient"))
                && !Objects.equals(f.role("supplier"), candidate.role("supplier")));
    }

    private static Set<Entity> sides(Fact f) {
        Set<Entity> out = new HashSet<>();
        f.roles().forEach((role, entities) -> {
            if (List.of("participant", "counterpart", "party", "counterparty").contains(role)) {
                out.addAll(entities);
            }
        });
        return out;
    }

    private static String roleKey(Fact f) {
        return new java.util.TreeMap<>(f.roles()).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().stream().map(Entity::label).sorted().toList())
                .reduce("", (x, y) -> x + "|" + y);
    }

    private static String signature(Fact f) {
        return f.type().id() + roleKey(f) + "|" + new java.util.TreeMap<>(f.values()) + "|" + f.date();
    }
}

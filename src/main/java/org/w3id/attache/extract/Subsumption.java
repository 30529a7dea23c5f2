package org.w3id.attache.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.w3id.attache.nlp.Entity;

/** Facts of one sentence that another fact of it states with more detail, and exact duplicates. */
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

    private static String roleKey(Fact f) {
        return new java.util.TreeMap<>(f.roles()).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().stream().map(Entity::label).sorted().toList())
                .reduce("", (x, y) -> x + "|" + y);
    }

    private static String signature(Fact f) {
        return f.type().id() + roleKey(f) + "|" + new java.util.TreeMap<>(f.values()) + "|" + f.date();
    }
}

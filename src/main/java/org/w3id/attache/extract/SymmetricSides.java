package org.w3id.attache.extract;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.w3id.attache.nlp.Gazetteer;

/** The two sides of a meeting or a cooperation, read from the actors a trigger's slots name. */
final class SymmetricSides {

    private SymmetricSides() {
    }

    /** The role the sentence's actors fill before they are paired: participant or party; null for other types. */
    private static String firstRole(FactType type) {
        return type == FactType.MEETING ? "participant" : type == FactType.COOPERATION ? "party" : null;
    }

    /**
     * "X and Y met", "talks between X and Y": two actors in the first role of a symmetric type are
     * its two sides. Whoever hosted a meeting between two others met each of them, and they met
     * each other: "the meeting between A and B hosted by C" is A–B, C–A and C–B.
     */
    static void pairUp(FactType type, Map<String, List<Filler>> fill) {
        String first = firstRole(type);
        String second = type == FactType.MEETING ? "counterpart" : "counterparty";
        if (first == null || fill.containsKey(second) || fill.getOrDefault(first, List.of()).size() < 2) {
            return;
        }
        List<Filler> both = fill.get(first);
        List<Filler> between = both.stream().filter(f -> f.slot().equals("between")).toList();
        if (type == FactType.MEETING && between.size() >= 2 && between.size() < both.size()) {
            List<Filler> hosts = new ArrayList<>(both.stream().filter(f -> !between.contains(f)).toList());
            hosts.add(between.get(0));
            fill.put(first, hosts);
            fill.put(second, between);
            return;
        }
        fill.put(first, List.of(both.get(0)));
        fill.put(second, List.copyOf(both.subList(1, both.size())));
    }

    /**
     * "Italy and the EU signed an agreement with Tunisia", "A and B held talks with C": the other
     * side hangs on the object, whose own sense pairs each subject with it; the subjects are not
     * two sides of the verb.
     */
    static boolean onTheObject(ParsedSentence s, IndexedWord trigger, Map<String, List<IndexedWord>> slots, FactType type,
                               Map<String, List<Filler>> fill, Gazetteer gazetteer) {
        String first = firstRole(type);
        if (first == null || fill.getOrDefault(first, List.of()).size() < 2 || trigger.tag() == null || !trigger.tag().startsWith("VB")) {
            return false;
        }
        return slots.getOrDefault("obj", List.of()).stream().flatMap(o -> s.children(o, "nmod:with").stream())
                .anyMatch(w -> ArgumentSlots.namesSomeone(s, w, gazetteer));
    }
}

package org.w3id.attache.extract;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3id.attache.nlp.Entity;
import org.w3id.attache.nlp.EntityType;

/**
 * The sides of a supply or a cooperation that a candidate's words give where they name no actor:
 * states a group belongs to ("the foreign ministers of Brazil and Argentina"), the state an item
 * is of ("the sale of US weapons"), or states left unnamed ("to several African countries").
 */
final class SidesInWords {
    /** Plural nouns for states the sentence does not name: {@code STATES} of {@code rules/macros.tsv}. */
    private static final Pattern STATES = Pattern.compile(RuleBook.macros().get("STATES"));
    /** The sides of a supply or a cooperation. */
    private static final Set<String> SIDES = Set.of("supplier", "recipient", "party", "counterparty");

    private SidesInWords() {
    }

    /**
     * "Delivered drones to several African countries", "ties with its neighbours": a side of a
     * supply or a cooperation that the sentence fills with states in the plural it does not name
     * ({@code STATES} of {@code rules/macros.tsv}) is told, not left for the story to fill.
     */
    static boolean unnamedStates(ParsedSentence s, IndexedWord n, String role) {
        return SIDES.contains(role) && "NNS".equals(n.tag()) && n.lemma() != null && STATES.matcher(n.lemma()).matches() && s.entity(n).isEmpty();
    }

    /**
     * "The sale of US weapons to Taiwan", "deliveries of Russian jets": the state an item is
     * described by supplies it, before any state the story is most about.
     */
    static Optional<Filler> makerOfItem(ParsedSentence s, IndexedWord trigger, TriggerLexicon.Sense sense, Map<String, List<IndexedWord>> slots) {
        for (Map.Entry<String, String> slot : sense.slots().entrySet()) {
            if (!slot.getValue().equals("item")) {
                continue;
            }
            for (IndexedWord item : slots.getOrDefault(slot.getKey(), List.of())) {
                IndexedWord counted = SuppliedThings.partitiveHead(s, item);
                for (String rel : List.of("amod", "compound")) {
                    for (IndexedWord d : s.children(counted, rel)) {
                        Optional<Entity> state = s.entity(d).filter(e -> e.type() == EntityType.STATE);
                        if (state.isPresent()) {
                            return Optional.of(new Filler(state.get(), "", "maker", "descriptor", Math.abs(d.index() - trigger.index())));
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** "The foreign ministers of Brazil and Argentina", "the leaders of both states": the states whose people a group is. */
    static List<Filler> statesOfGroup(ParsedSentence s, IndexedWord trigger, IndexedWord group, String slot, String role) {
        List<Filler> out = new ArrayList<>();
        if (!SIDES.contains(role) || group.tag() == null || !group.tag().equals("NNS")) {
            return out;
        }
        for (IndexedWord of : s.children(group, "nmod:of")) {
            s.entity(of).filter(e -> e.type() == EntityType.STATE)
                    .ifPresent(e -> out.add(new Filler(e, "", slot, "group", Math.abs(of.index() - trigger.index()))));
        }
        return out.size() >= 2 ? out : List.of();
    }
}

package org.w3id.attache.extract;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Map;
import java.util.Optional;
import org.w3id.attache.nlp.Gazetteer;

/**
 * An agreement the story named before, named again as "the pact" or signed again: its domain is
 * the one the story gave it, not one the words around the second mention suggest.
 */
final class AgreementsNamedAgain {
    private final Gazetteer gazetteer;

    AgreementsNamedAgain(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * "… signed a defence pact. Biden was to sign the pact in May": an agreement named again (or
     * signed, discussed … again) as "the" or "this" pact with no word of its own is the one the
     * story told between the same sides, in its domain (not in one the rest of its sentence
     * suggests).
     */
    Optional<String> domain(ParsedSentence s, IndexedWord trigger, Map<String, Filler> combo, StorySoFar story) {
        Filler party = combo.get("party");
        Filler counterparty = combo.get("counterparty");
        IndexedWord named = trigger.tag().startsWith("VB") ? s.children(trigger, "obj").stream().findFirst().orElse(trigger) : trigger;
        boolean again = s.graph.getChildren(named).stream().anyMatch(d -> d.word().equalsIgnoreCase("the") || d.word().equalsIgnoreCase("this"))
                && s.children(named, "amod").isEmpty() && s.children(named, "compound").isEmpty() && s.children(named, "nmod:on").isEmpty();
        if (!again || party == null || counterparty == null || party.entity() == null || counterparty.entity() == null) {
            return Optional.empty();
        }
        return story.lastDomainBetween(gazetteer.stateOf(party.entity()).orElse(party.entity()),
                gazetteer.stateOf(counterparty.entity()).orElse(counterparty.entity()));
    }
}

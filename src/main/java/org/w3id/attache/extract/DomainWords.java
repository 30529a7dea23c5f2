package org.w3id.attache.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The cooperation domains that words name, from {@code rules/domains.tsv}. */
final class DomainWords {

    /** The last words of an agreement's name. */
    private static final Set<String> AGREEMENT_NAMES = Set.of("agreement", "treaty", "pact", "accord", "memorandum",
            "partnership", "convention", "protocol", "arrangement");

    private final RuleBook rules;

    DomainWords(RuleBook rules) {
        this.rules = rules;
    }

    /** The domain one word names, or null. */
    String of(String word) {
        return rules.domain(word);
    }

    /**
     * The cooperation domains the words of a node's subtree name, in text order ("a deal to
     * build a nuclear plant"; "ties in trade, energy and defence"); words inside names and
     * titles ("the military ruler", "the Defence Ministry") do not count, nor scope words
     * ("bilateral") when another word names a domain.
     */
    List<String> in(ParsedSentence s, IndexedWord node) {
        List<IndexedWord> words = s.graph.descendants(node).stream().sorted()
                .filter(d -> d.ner() == null || !d.ner().matches("TITLE|PERSON|ORGANIZATION|HONORIFIC") || inAgreementsName(s, d))
                .filter(d -> ofWord(d) != null && (!modifierOnly(d) || modifies(s, d)) && !inDefenceOf(s, d)).toList();
        boolean named = words.stream().anyMatch(d -> !isScopeWord(d));
        return words.stream().filter(d -> !named || !isScopeWord(d)).map(this::ofWord).distinct().toList();
    }

    /**
     * Is the word inside an agreement's name ("Visiting Forces Agreement", "Defence Cooperation
     * Treaty")? Such a name says what the agreement is about, as a body's name does not.
     */
    private static boolean inAgreementsName(ParsedSentence s, IndexedWord d) {
        int t = d.index() - 1;
        while (t + 1 < s.tokens.size() && "ORGANIZATION".equals(s.tokens.get(t + 1).ner())) {
            t++;
        }
        return "ORGANIZATION".equals(d.ner()) && AGREEMENT_NAMES.contains(s.tokens.get(t).word().toLowerCase(Locale.ROOT));
    }

    /** "in defence of multilateralism": standing up for something, not arms. */
    private static boolean inDefenceOf(ParsedSentence s, IndexedWord d) {
        return d.word().toLowerCase(Locale.ROOT).matches("defen[cs]e") && !s.children(d, "nmod:of").isEmpty()
                && s.children(d, "case").stream().anyMatch(c -> c.word().equalsIgnoreCase("in"));
    }

    private boolean modifierOnly(IndexedWord d) {
        return rules.isModifierOnly(d.word()) || d.lemma() != null && rules.isModifierOnly(d.lemma());
    }

    /** Is the word a modifier of another noun ("power" in "power plant")? */
    private static boolean modifies(ParsedSentence s, IndexedWord d) {
        for (SemanticGraphEdge e : s.graph.incomingEdgeIterable(d)) {
            String rel = e.getRelation().toString();
            if (rel.equals("compound") || rel.equals("amod")) {
                return true;
            }
        }
        return false;
    }

    private boolean isScopeWord(IndexedWord d) {
        return rules.isScopeWord(d.word()) || d.lemma() != null && rules.isScopeWord(d.lemma());
    }

    /** The domain a word names, as written, as its lemma, or by a part of a hyphenated word ("military-to-military"). */
    private String ofWord(IndexedWord d) {
        if (rules.domain(d.word()) != null) {
            return rules.domain(d.word());
        }
        if (d.lemma() != null && rules.domain(d.lemma()) != null) {
            return rules.domain(d.lemma());
        }
        for (String part : d.word().split("-")) {
            if (rules.domain(part) != null) {
                return rules.domain(part);
            }
        }
        return null;
    }

}

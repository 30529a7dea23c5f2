package org.w3id.attache.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a delegation does, its head does: "a delegation led by Mudavadi met Akufo-Addo" and
 * "Mudavadi led a delegation that visited Accra" are Mudavadi's meeting and visit.
 */
final class DelegationHeads {
    /** Nouns for a travelling party: {@code ENTOURAGE} of {@code rules/macros.tsv}, and a mission. */
    private static final Pattern PARTY = Pattern.compile(RuleBook.macros().get("ENTOURAGE") + "|mission");
    private static final Pattern LEADING = Pattern.compile("lead|head");

    private DelegationHeads() {
    }

    /**
     * The node naming who heads the party a node stands for: the agent of "led by" below it, the
     * subject of the "led" it is the object of, or, where the parser made "a delegation led by X"
     * a clause of its own, the agent of that "led".
     */
    static Optional<IndexedWord> headOf(ParsedSentence s, IndexedWord n) {
        if (is(n, LEADING)) {
            return agent(s, n);
        }
        if (!is(n, PARTY)) {
            return Optional.empty();
        }
        for (SemanticGraphEdge e : s.graph.outgoingEdgeIterable(n)) {
            if (e.getRelation().toString().startsWith("acl") && is(e.getDependent(), LEADING)) {
                Optional<IndexedWord> by = agent(s, e.getDependent());
                if (by.isPresent()) {
                    return by;
                }
            }
        }
        for (SemanticGraphEdge in : s.graph.incomingEdgeIterable(n)) {
            if (in.getRelation().toString().equals("obj") && is(in.getGovernor(), LEADING)) {
                for (SemanticGraphEdge e : s.graph.outgoingEdgeIterable(in.getGovernor())) {
                    if (e.getRelation().toString().equals("nsubj")) {
                        return Optional.of(e.getDependent());
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<IndexedWord> agent(ParsedSentence s, IndexedWord verb) {
        for (SemanticGraphEdge e : s.graph.outgoingEdgeIterable(verb)) {
            String rel = e.getRelation().toString();
            if (rel.equals("obl:agent") || rel.equals("obl:by")) {
                return Optional.of(e.getDependent());
            }
        }
        return Optional.empty();
    }

    private static boolean is(IndexedWord n, Pattern lemmas) {
        return n.lemma() != null && lemmas.matcher(n.lemma()).matches();
    }
}

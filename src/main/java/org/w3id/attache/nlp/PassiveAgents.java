package org.w3id.attache.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.List;

/**
 * "He was accompanied on his trip by the foreign minister": the parser may hang the by-phrase
 * of a passive verb on the phrase between them ("trip by the minister"), so the verb had no
 * agent. A by-phrase on a noun that is itself an oblique of a passive verb with no agent of its
 * own is that verb's agent, and is moved there. Nouns that take a by-phrase themselves ("a
 * visit by the minister") are not obliques of a passive verb, and stay as they are.
 */
final class PassiveAgents {

    private PassiveAgents() {
    }

    /** Mends one sentence's graph in place. */
    static void mend(SemanticGraph graph) {
        for (SemanticGraphEdge e : List.copyOf(graph.edgeListSorted())) {
            if (!e.getRelation().toString().startsWith("nmod") || !saysBy(graph, e)) {
                continue;
            }
            IndexedWord noun = e.getGovernor();
            IndexedWord verb = passiveAbove(graph, noun);
            if (verb != null && noun.index() < e.getDependent().index() && !graph.containsEdge(verb, e.getDependent())) {
                graph.removeEdge(e);
                graph.addEdge(verb, e.getDependent(), UniversalEnglishGrammaticalRelations.AGENT, e.getWeight(), e.isExtra());
            }
        }
    }

    /** Is the edge a by-phrase: "nmod:by", or a plain "nmod" whose noun has the case word "by"? */
    private static boolean saysBy(SemanticGraph graph, SemanticGraphEdge e) {
        String rel = e.getRelation().toString();
        if (rel.equals("nmod:by")) {
            return true;
        }
        return rel.equals("nmod") && graph.outgoingEdgeList(e.getDependent()).stream()
                .anyMatch(c -> c.getRelation().toString().equals("case") && "by".equalsIgnoreCase(c.getDependent().word()));
    }

    /** The passive verb a noun is an oblique of, if that verb has no agent yet. */
    private static IndexedWord passiveAbove(SemanticGraph graph, IndexedWord noun) {
        for (SemanticGraphEdge up : graph.incomingEdgeList(noun)) {
            IndexedWord verb = up.getGovernor();
            if (!up.getRelation().toString().startsWith("obl") || verb.tag() == null || !verb.tag().equals("VBN")) {
                continue;
            }
            boolean passive = false;
            boolean agent = false;
            for (SemanticGraphEdge out : graph.outgoingEdgeIterable(verb)) {
                String rel = out.getRelation().toString();
                passive |= rel.equals("aux:pass") || rel.equals("nsubj:pass");
                agent |= rel.equals("obl:agent") || rel.equals("obl:by");
            }
            if (passive && !agent) {
                return verb;
            }
        }
        return null;
    }
}

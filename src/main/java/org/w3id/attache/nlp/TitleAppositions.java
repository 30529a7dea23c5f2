package org.w3id.attache.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.List;
import java.util.Set;

/**
 * "a meeting between the president and the High Commissioner of the Maldives, Masood Imad":
 * the parser may hang a name that follows a title phrase after a comma anywhere in the sentence
 * (here as the object of the sentence's verb), so the title had no holder and the meeting no
 * second side. A person's name right after a comma that closes a phrase headed by a title is
 * that title's apposition, and is moved there. A name the parser already joins to the title,
 * lists with other names, or makes a clause's subject ("After meeting the president, Ruto flew
 * home") stays.
 */
final class TitleAppositions {
    /** Relations that keep a word inside its title's phrase ("Commissioner of the Republic of Maldives"). */
    private static final Set<String> INSIDE = Set.of("nmod:of", "nmod", "case", "det", "compound", "amod", "flat");
    private static final int REACH = 6;

    private TitleAppositions() {
    }

    /** Mends one sentence's graph in place. */
    static void mend(SemanticGraph graph) {
        for (IndexedWord name : List.copyOf(graph.vertexListSorted())) {
            if (!"PERSON".equals(name.ner()) || !headOfName(graph, name)) {
                continue;
            }
            IndexedWord comma = graph.getNodeByIndexSafe(firstIndex(graph, name) - 1);
            IndexedWord before = comma == null ? null : graph.getNodeByIndexSafe(comma.index() - 1);
            if (comma == null || !",".equals(comma.word()) || before == null) {
                continue;
            }
            IndexedWord title = titleAbove(graph, before);
            if (title == null || title.equals(name) || graph.containsEdge(title, name) || listed(graph, name) || subject(graph, name)) {
                continue;
            }
            double weight = 1.0;
            for (SemanticGraphEdge in : List.copyOf(graph.incomingEdgeList(name))) {
                weight = in.getWeight();
                graph.removeEdge(in);
            }
            graph.addEdge(title, name, UniversalEnglishGrammaticalRelations.APPOSITIONAL_MODIFIER, weight, false);
        }
    }

    /** Is the word the head of its name (not a part that another word of the name heads)? */
    private static boolean headOfName(SemanticGraph graph, IndexedWord w) {
        return graph.incomingEdgeList(w).stream().noneMatch(e -> Set.of("compound", "flat").contains(e.getRelation().toString())
                && "PERSON".equals(e.getGovernor().ner()));
    }

    private static int firstIndex(SemanticGraph graph, IndexedWord head) {
        int first = head.index();
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(head)) {
            if (Set.of("compound", "flat").contains(e.getRelation().toString())) {
                first = Math.min(first, e.getDependent().index());
            }
        }
        return first;
    }

    /** The title noun whose phrase ends with {@code last}: itself, or up through "of" phrases and modifiers. */
    private static IndexedWord titleAbove(SemanticGraph graph, IndexedWord last) {
        IndexedWord node = last;
        for (int steps = 0; steps < REACH && node != null; steps++) {
            if ("TITLE".equals(node.ner()) && node.tag() != null && node.tag().startsWith("NN")) {
                return node;
            }
            SemanticGraphEdge up = graph.incomingEdgeList(node).stream().findFirst().orElse(null);
            if (up == null || !INSIDE.contains(up.getRelation().toString()) || up.getGovernor().index() > node.index()
                    && !up.getRelation().toString().equals("compound")) {
                return null;
            }
            node = up.getGovernor();
        }
        return null;
    }

    /** Is the name a clause's subject ("After meeting the president, Ruto flew home")? */
    private static boolean subject(SemanticGraph graph, IndexedWord name) {
        return graph.incomingEdgeList(name).stream().anyMatch(e -> e.getRelation().toString().startsWith("nsubj"));
    }

    /** Is the name one of a list ("A, B and C") the parser has joined? */
    private static boolean listed(SemanticGraph graph, IndexedWord name) {
        return graph.incomingEdgeList(name).stream().anyMatch(e -> e.getRelation().toString().startsWith("conj")
                || e.getRelation().toString().equals("appos"))
                || graph.outgoingEdgeList(name).stream().anyMatch(e -> e.getRelation().toString().startsWith("conj"));
    }
}

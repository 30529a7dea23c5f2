package org.w3id.attache.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.List;
import java.util.Locale;

/**
 * "accused Iran of supplying Russia with drones": the parser may read the gerund after a
 * preposition as an adjective of the noun after it ("supplying Russia"), so the supply had no
 * verb. A gerund right after the preposition of a verb's oblique, hung on that oblique's noun as
 * a modifier, is made the clause it is: the verb's adverbial clause of that preposition, with the
 * noun as its object, and the verb's later phrases ("with drones", "to Russia") as its own.
 */
final class GerundClauses {

    private GerundClauses() {
    }

    /** Mends one sentence's graph in place. */
    static void mend(SemanticGraph graph) {
        for (SemanticGraphEdge e : List.copyOf(graph.edgeListSorted())) {
            IndexedWord gerund = e.getDependent();
            IndexedWord noun = e.getGovernor();
            if (!e.getRelation().toString().equals("amod") || !"VBG".equals(gerund.tag()) || gerund.index() > noun.index()) {
                continue;
            }
            IndexedWord preposition = graph.getNodeByIndexSafe(gerund.index() - 1);
            SemanticGraphEdge oblique = graph.incomingEdgeList(noun).stream()
                    .filter(in -> in.getRelation().toString().startsWith("obl:") && in.getGovernor().tag() != null && in.getGovernor().tag().startsWith("VB"))
                    .findFirst().orElse(null);
            if (preposition == null || !"IN".equals(preposition.tag()) || oblique == null
                    || !graph.containsEdge(noun, preposition) || !inBetweenModifies(graph, gerund, noun)) {
                continue;
            }
            rebuild(graph, oblique, e, preposition);
        }
    }

    /** Are the words between the gerund and the noun all the noun's own ("supplying Russian forces")? */
    private static boolean inBetweenModifies(SemanticGraph graph, IndexedWord gerund, IndexedWord noun) {
        for (int i = gerund.index() + 1; i < noun.index(); i++) {
            IndexedWord w = graph.getNodeByIndexSafe(i);
            if (w == null || graph.getParent(w) == null || !graph.getParent(w).equals(noun)) {
                return false;
            }
        }
        return true;
    }

    private static void rebuild(SemanticGraph graph, SemanticGraphEdge oblique, SemanticGraphEdge modifier, IndexedWord preposition) {
        IndexedWord verb = oblique.getGovernor();
        IndexedWord noun = oblique.getDependent();
        IndexedWord gerund = modifier.getDependent();
        String prep = preposition.word().toLowerCase(Locale.ROOT);
        graph.removeEdge(oblique);
        graph.removeEdge(modifier);
        List.copyOf(graph.getAllEdges(noun, preposition)).forEach(graph::removeEdge);
        graph.addEdge(verb, gerund, UniversalEnglishGrammaticalRelations.getAdvcl(prep), oblique.getWeight(), false);
        graph.addEdge(gerund, preposition, UniversalEnglishGrammaticalRelations.MARKER, oblique.getWeight(), false);
        graph.addEdge(gerund, noun, UniversalEnglishGrammaticalRelations.DIRECT_OBJECT, oblique.getWeight(), false);
        for (SemanticGraphEdge later : List.copyOf(graph.outgoingEdgeList(verb))) {
            String rel = later.getRelation().toString();
            if (later.getDependent().index() > noun.index() && (rel.startsWith("obl") || rel.equals("dep"))) {
                graph.removeEdge(later);
                graph.addEdge(gerund, later.getDependent(), later.getRelation(), later.getWeight(), later.isExtra());
            }
        }
    }
}

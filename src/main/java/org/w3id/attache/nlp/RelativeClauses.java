package org.w3id.attache.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Tebboune and Prime Minister Draghi, who is on a visit to Algeria, attended …": the parser
 * hangs a relative clause after a list of names on the list's first name, so the visit became
 * Tebboune's. A clause in the singular ("who is", "who was", "who has") that follows the last name
 * of the list straight after its comma tells of that last name alone, and is moved there, with the
 * edges of its relative pronoun. A clause in the plural, or one whose verb does not say, is left
 * to the whole list.
 */
final class RelativeClauses {
    /** Verbs and auxiliaries that speak of one person only. */
    private static final Set<String> SINGULAR = Set.of("is", "was", "has");

    private RelativeClauses() {
    }

    /** Mends one sentence's graph in place. */
    static void mend(SemanticGraph graph) {
        for (SemanticGraphEdge clause : List.copyOf(graph.edgeListSorted())) {
            if (!clause.getRelation().toString().equals("acl:relcl")) {
                continue;
            }
            IndexedWord first = clause.getGovernor();
            IndexedWord verb = clause.getDependent();
            boolean singular = singular(graph, verb);
            Optional<IndexedWord> last = lastConjunct(graph, first).filter(l -> singular && clauseFollows(graph, first, l));
            last.ifPresent(l -> move(graph, clause, first, l));
            if (singular) {
                aloneWithItsName(graph, verb, last.orElse(first));
            }
        }
    }

    /**
     * "…, Health Minister Soto, and General Diaz, who serves as national security adviser": the
     * parser's enhanced graph hands a clause's subject on to every name of the list its name is
     * in. A clause in the singular tells of its own name alone, so its verb's subject edges to the
     * list's other names are dropped.
     */
    private static void aloneWithItsName(SemanticGraph graph, IndexedWord verb, IndexedWord name) {
        Set<IndexedWord> list = new HashSet<>();
        for (SemanticGraphEdge in : graph.incomingEdgeIterable(name)) {
            if (in.getRelation().toString().startsWith("conj")) {
                list.add(in.getGovernor());
                graph.outgoingEdgeIterable(in.getGovernor()).forEach(e -> {
                    if (e.getRelation().toString().startsWith("conj")) {
                        list.add(e.getDependent());
                    }
                });
            }
        }
        graph.outgoingEdgeIterable(name).forEach(e -> {
            if (e.getRelation().toString().startsWith("conj")) {
                list.add(e.getDependent());
            }
        });
        list.remove(name);
        for (SemanticGraphEdge arg : List.copyOf(graph.outgoingEdgeList(verb))) {
            if (arg.getRelation().toString().startsWith("nsubj") && list.contains(arg.getDependent())) {
                graph.removeEdge(arg);
            }
        }
    }

    /** The last name of the list that {@code first} heads, if it heads one. */
    private static Optional<IndexedWord> lastConjunct(SemanticGraph graph, IndexedWord first) {
        IndexedWord last = null;
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(first)) {
            if (e.getRelation().toString().startsWith("conj") && e.getDependent().index() > first.index()
                    && (last == null || e.getDependent().index() > last.index())) {
                last = e.getDependent();
            }
        }
        return Optional.ofNullable(last);
    }

    /** Does the clause's relative pronoun come right after the last name, a comma between? */
    private static boolean clauseFollows(SemanticGraph graph, IndexedWord first, IndexedWord last) {
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(first)) {
            if (e.getRelation().toString().equals("ref") && e.getDependent().index() == last.index() + 2) {
                return ",".equals(wordAt(graph, last.index() + 1));
            }
        }
        return false;
    }

    private static String wordAt(SemanticGraph graph, int index) {
        IndexedWord w = graph.getNodeByIndexSafe(index);
        return w == null ? null : w.word();
    }

    /** Is the clause's verb, or its auxiliary or copula, in the singular? */
    private static boolean singular(SemanticGraph graph, IndexedWord verb) {
        if ("VBZ".equals(verb.tag())) {
            return true;
        }
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(verb)) {
            String rel = e.getRelation().toString();
            if ((rel.equals("cop") || rel.startsWith("aux")) && SINGULAR.contains(e.getDependent().word().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The clause, its pronoun's reference and the argument it stands for leave the first name for the last. */
    private static void move(SemanticGraph graph, SemanticGraphEdge clause, IndexedWord first, IndexedWord last) {
        graph.removeEdge(clause);
        graph.addEdge(last, clause.getDependent(), clause.getRelation(), clause.getWeight(), clause.isExtra());
        for (SemanticGraphEdge ref : List.copyOf(graph.outgoingEdgeList(first))) {
            if (ref.getRelation().toString().equals("ref") && ref.getDependent().index() > last.index()) {
                graph.removeEdge(ref);
                graph.addEdge(last, ref.getDependent(), ref.getRelation(), ref.getWeight(), ref.isExtra());
            }
        }
        for (SemanticGraphEdge arg : List.copyOf(graph.incomingEdgeList(first))) {
            if (arg.getGovernor().equals(clause.getDependent())) {
                graph.removeEdge(arg);
                if (!graph.containsEdge(clause.getDependent(), last)) {
                    graph.addEdge(clause.getDependent(), last, arg.getRelation(), arg.getWeight(), arg.isExtra());
                }
            }
        }
    }
}

package org.w3id.attache.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import java.util.stream.Stream;

/** The thing a supply hands over, as the sentence words it: which node names it and with which words. */
final class SuppliedThings {

    private SuppliedThings() {
    }

    /**
     * Can the node be a thing supplied: a noun or a number that names no actor, place or post
     * ("Kyiv", "his counterpart" and "take" are not)? A supply without one is no supply.
     */
    static boolean isItem(ParsedSentence s, IndexedWord n) {
        boolean noun = n.tag() != null && (n.tag().startsWith("NN") || n.tag().equals("CD"));
        return noun && s.mention(n).isEmpty() && !"TITLE".equals(n.ner()) && !"HONORIFIC".equals(n.ner());
    }

    /** What an item node names, counted thing first, without "first", "new" and the like: "the first batch of S-400s" → "S-400s". */
    static String text(ParsedSentence s, IndexedWord node, List<IndexedWord> without) {
        return s.phrase(partitiveHead(s, node), without).replaceFirst("^(?i)(first|last|latest|new|final)\\s+", "");
    }

    /** "four of the boats", "the first of its warheads", "a million doses of vaccine": the thing counted, not the count or measure. */
    static IndexedWord partitiveHead(ParsedSentence s, IndexedWord node) {
        boolean count = "CD".equals(node.tag()) || node.word().toLowerCase().matches(
                "first|last|rest|some|many|most|part|batch(es)?|pairs?|all|half|dose|doses|tonnes?|tons?|units?|shipments?|consignments?|tranches?|pieces?|worth|"
                        + "deliver(y|ies)|lots?|sets?|squadrons?|dozens?|hundreds?|thousands?|millions?|number|quantity|supply|supplies|"
                        + "collections?|range|variety|array|series|assortment");
        if (count) {
            for (IndexedWord of : s.children(node, "nmod:of")) {
                return of;
            }
        }
        if (node.lemma() != null && node.lemma().matches("train|truck|lorry|plane|ship|convoy|flight|vessel")) {
            // "13 trains of goods carrying 72,000 tons of aid": what the transport carries
            for (IndexedWord load : Stream.concat(Stream.of(node), s.children(node, "nmod:of").stream()).toList()) {
                for (SemanticGraphEdge e : s.graph.outgoingEdgeIterable(load)) {
                    if (e.getRelation().toString().startsWith("acl") && e.getDependent().lemma() != null && e.getDependent().lemma().matches("carry|bring|transport")) {
                        for (IndexedWord carried : s.children(e.getDependent(), "obj")) {
                            return partitiveHead(s, carried);
                        }
                    }
                }
            }
        }
        if (node.word().equalsIgnoreCase("worth")) {
            // "equipment worth $1 million", which the parser may head with "worth": the thing, not its value
            for (IndexedWord thing : s.children(node, "compound")) {
                return thing;
            }
        }
        boolean container = node.word().toLowerCase().matches("(arms )?(batch|batches|shipments?|consignments?|packages?|deliver(y|ies)|lots?|sets?|tranches?)");
        if (container) {
            // "the third arms batch comprising armored vehicles": what the batch holds
            for (SemanticGraphEdge e : s.graph.outgoingEdgeIterable(node)) {
                if (e.getRelation().toString().startsWith("acl") && e.getDependent().lemma() != null
                        && e.getDependent().lemma().matches("comprise|include|consist|contain")) {
                    for (SemanticGraphEdge held : s.graph.outgoingEdgeIterable(e.getDependent())) {
                        String rel = held.getRelation().toString();
                        if (rel.equals("obj") || rel.equals("obl:of")) {
                            return held.getDependent();
                        }
                    }
                }
            }
        }
        return node;
    }
}

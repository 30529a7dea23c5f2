package org.w3id.attache.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.attache.mapping.Vocab;

/**
 * Recognises incoming entities that are ones already known: two IRIs linked by
 * {@code skos:exactMatch} to the same Wikidata item name one entity. The store's IRI wins;
 * among incoming IRIs alone, the first in code-point order. Rewriting moves every statement to
 * the winning IRI, except that a merged entity's other labels become {@code skos:altLabel} and
 * its types are dropped when the winner already has a type, so no entity ends up with two
 * labels or two kinds.
 */
public final class EntityIdentities {
    private final Map<Node, Node> sameAs;
    private final Map<Node, List<Node>> knownLabels;
    private final Map<Node, Boolean> knownTyped;

    private EntityIdentities(Map<Node, Node> sameAs, Map<Node, List<Node>> knownLabels, Map<Node, Boolean> knownTyped) {
        this.sameAs = sameAs;
        this.knownLabels = knownLabels;
        this.knownTyped = knownTyped;
    }

    /**
     * Works out which incoming IRIs to merge. {@code store} is read (call inside a read
     * transaction); {@code entitiesGraph} is where the store keeps entities.
     */
    static EntityIdentities find(DatasetGraph store, Node entitiesGraph, DatasetGraph incoming) {
        return find(byQid(store, entitiesGraph), store, entitiesGraph, incoming);
    }

    /**
     * Each Wikidata id the store's entities carry, with the entity IRI that carries it (the first
     * in code-point order when several do). Call inside a read transaction.
     */
    public static Map<String, Node> byQid(DatasetGraph store, Node entitiesGraph) {
        Map<String, Node> storeByQid = new HashMap<>();
        store.find(entitiesGraph, Node.ANY, SKOS.exactMatch.asNode(), Node.ANY).forEachRemaining(q -> {
            String qid = qid(q.getObject());
            if (qid != null) {
                storeByQid.merge(qid, q.getSubject(), EntityIdentities::first);
            }
        });
        return storeByQid;
    }

    /**
     * Merges, in place, the entities of {@code dsg} that share a Wikidata id: the IRI that
     * {@code before} gives for the id wins (what the store held before a bulk load), else the
     * first in code-point order. Call inside a write transaction.
     *
     * @return each merged IRI with the IRI it became
     */
    public static Map<Node, Node> mergeInPlace(DatasetGraph dsg, Node entitiesGraph, Map<String, Node> before) {
        EntityIdentities identities = find(before, dsg, entitiesGraph, dsg);
        Set<Quad> touched = new LinkedHashSet<>();
        for (Node loser : identities.sameAs.keySet()) {
            dsg.find(Node.ANY, loser, Node.ANY, Node.ANY).forEachRemaining(touched::add);
            dsg.find(Node.ANY, Node.ANY, Node.ANY, loser).forEachRemaining(touched::add);
        }
        List<Quad> rewritten = new ArrayList<>();
        touched.forEach(q -> identities.rewritten(q).ifPresent(rewritten::add));
        touched.forEach(dsg::delete);
        rewritten.forEach(dsg::add);
        return identities.sameAs;
    }

    private static EntityIdentities find(Map<String, Node> storeByQid, DatasetGraph store, Node entitiesGraph, DatasetGraph incoming) {
        Map<String, TreeSet<Node>> incomingByQid = new TreeMap<>();
        incoming.find(Node.ANY, Node.ANY, SKOS.exactMatch.asNode(), Node.ANY).forEachRemaining(q -> {
            String qid = qid(q.getObject());
            if (qid != null && q.getSubject().isURI()) {
                incomingByQid.computeIfAbsent(qid, k -> new TreeSet<>(Comparator.comparing(Node::getURI))).add(q.getSubject());
            }
        });
        Map<Node, Node> sameAs = new HashMap<>();
        Map<Node, List<Node>> labels = new HashMap<>();
        Map<Node, Boolean> typed = new HashMap<>();
        incomingByQid.forEach((qid, iris) -> {
            Node winner = storeByQid.getOrDefault(qid, iris.first());
            for (Node iri : iris) {
                if (!iri.equals(winner)) {
                    sameAs.put(iri, winner);
                }
            }
            List<Node> winnerLabels = new ArrayList<>();
            store.find(entitiesGraph, winner, RDFS.label.asNode(), Node.ANY).forEachRemaining(q -> winnerLabels.add(q.getObject()));
            incoming.find(Node.ANY, winner, RDFS.label.asNode(), Node.ANY).forEachRemaining(q -> winnerLabels.add(q.getObject()));
            labels.put(winner, winnerLabels);
            typed.put(winner, store.find(entitiesGraph, winner, RDF.type.asNode(), Node.ANY).hasNext()
                    || incoming.find(Node.ANY, winner, RDF.type.asNode(), Node.ANY).hasNext());
        });
        return new EntityIdentities(sameAs, labels, typed);
    }

    private static Node first(Node a, Node b) {
        return a.getURI().compareTo(b.getURI()) <= 0 ? a : b;
    }

    private static String qid(Node o) {
        return o.isURI() && o.getURI().startsWith(Vocab.WD) ? o.getURI().substring(Vocab.WD.length()) : null;
    }

    /** Incoming IRI to the IRI it is recognised as. */
    Map<Node, Node> merges() {
        return sameAs;
    }

    /** {@code incoming} with every merged IRI replaced by its winner. */
    DatasetGraph rewrite(DatasetGraph incoming) {
        DatasetGraph out = DatasetGraphFactory.create();
        incoming.find().forEachRemaining(q -> rewritten(q).ifPresent(out::add));
        return out;
    }

    /**
     * {@code q} with merged IRIs replaced by their winner: a merged entity's other label becomes
     * an alternative label, and its type is dropped when the winner has one; empty when nothing is left.
     */
    private Optional<Quad> rewritten(Quad q) {
        Node s = q.getSubject();
        Node winner = sameAs.get(s);
        if (winner != null && q.getPredicate().equals(RDFS.label.asNode())) {
            return knownLabels.get(winner).contains(q.getObject()) ? Optional.empty()
                    : Optional.of(Quad.create(q.getGraph(), winner, SKOS.altLabel.asNode(), q.getObject()));
        }
        if (winner != null && q.getPredicate().equals(RDF.type.asNode()) && knownTyped.get(winner)) {
            return Optional.empty();
        }
        return Optional.of(Quad.create(q.getGraph(), replace(s), q.getPredicate(), replace(q.getObject())));
    }

    private Node replace(Node n) {
        return sameAs.getOrDefault(n, n);
    }
}

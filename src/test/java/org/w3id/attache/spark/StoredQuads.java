package org.w3id.attache.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.RDF;
import org.w3id.attache.mapping.Iris;
import org.w3id.attache.mapping.Vocab;

/**
 * What "the same quads" means between two datasets (a store an ingest wrote, the quads of the
 * shards, a store the shards were imported into): the same named graphs, each isomorphic to its
 * counterpart (article graphs carry blank nodes), after two normalisations of the metadata graph:
 * every {@code att:ingestedAt} timestamp is set to one value (it is the moment of processing),
 * and the records of import runs ({@code att:Import}, only an import writes them) are left out.
 * Graphs the store derives on its own are compared only when not listed in {@code ignored}.
 */
final class StoredQuads {
    static final Node METADATA = NodeFactory.createURI(Iris.METADATA_GRAPH);
    private static final Node INGESTED_AT = Vocab.ingestedAt.asNode();
    private static final Node SOME_TIME = NodeFactory.createLiteralString("(the time of processing)");
    private static final Node IMPORT = NodeFactory.createURI(Vocab.NS + "Import");

    private StoredQuads() {
    }

    /** Each difference, as a line naming the graph; empty when the two hold the same quads. */
    static List<String> differences(DatasetGraph expected, DatasetGraph actual, Set<String> ignored) {
        Set<String> names = new TreeSet<>();
        expected.listGraphNodes().forEachRemaining(g -> names.add(g.getURI()));
        actual.listGraphNodes().forEachRemaining(g -> names.add(g.getURI()));
        names.removeAll(ignored);
        List<String> differences = new ArrayList<>();
        for (String name : names) {
            Node g = NodeFactory.createURI(name);
            Graph a = normalised(g, expected);
            Graph b = normalised(g, actual);
            if (!IsoMatcher.isomorphic(a, b)) {
                differences.add("<" + name + ">: " + a.size() + " triples against " + b.size() + sample(a, b));
            }
        }
        return differences;
    }

    private static Graph normalised(Node name, DatasetGraph dsg) {
        Graph out = GraphFactory.createDefaultGraph();
        if (!dsg.containsGraph(name)) {
            return out;
        }
        Graph in = dsg.getGraph(name);
        in.find().forEachRemaining(t -> {
            if (name.equals(METADATA) && in.contains(t.getSubject(), RDF.type.asNode(), IMPORT)) {
                return;
            }
            out.add(name.equals(METADATA) && t.getPredicate().equals(INGESTED_AT) ? Triple.create(t.getSubject(), INGESTED_AT, SOME_TIME) : t);
        });
        return out;
    }

    /** A few triples one side has and the other lacks (exact for triples without blank nodes). */
    private static String sample(Graph a, Graph b) {
        List<String> lines = new ArrayList<>();
        a.find().filterDrop(b::contains).filterDrop(t -> t.getSubject().isBlank() || t.getObject().isBlank())
                .forEachRemaining(t -> lines.add("\n    only expected: " + t));
        b.find().filterDrop(a::contains).filterDrop(t -> t.getSubject().isBlank() || t.getObject().isBlank())
                .forEachRemaining(t -> lines.add("\n    only actual:   " + t));
        return String.join("", lines.subList(0, Math.min(6, lines.size())));
    }
}

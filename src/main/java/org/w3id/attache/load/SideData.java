package org.w3id.attache.load;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.w3id.attache.mapping.Iris;

/**
 * What the shards say in the entities and metadata graphs, kept in memory until the article
 * graphs are written: it grows with the number of entities and articles, not of facts. The
 * entities' types are readable from other threads while the shards are still being read.
 */
final class SideData {
    static final Node METADATA = NodeFactory.createURI(Iris.METADATA_GRAPH);
    static final Node ENTITIES = NodeFactory.createURI(Iris.ENTITIES_GRAPH);

    private final DatasetGraph quads = DatasetGraphFactory.create();
    private final Map<Node, Set<Node>> types = new ConcurrentHashMap<>();

    static boolean holds(Node graph) {
        return graph.equals(METADATA) || graph.equals(ENTITIES);
    }

    /** Called by the one thread that reads the shards. */
    void add(Quad q) {
        quads.add(q);
        if (q.getGraph().equals(ENTITIES) && q.getPredicate().equals(RDF.type.asNode())) {
            types.computeIfAbsent(q.getSubject(), s -> ConcurrentHashMap.newKeySet()).add(q.getObject());
        }
    }

    /** The types the shards read so far give {@code node} in the entities graph. */
    Set<Node> typesOf(Node node) {
        return types.getOrDefault(node, Set.of());
    }

    /** Everything kept; read it only once the shards are all read. */
    DatasetGraph quads() {
        return quads;
    }
}

package org.w3id.attache.export;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.attache.mapping.Iris;
import org.w3id.attache.mapping.Vocab;

/**
 * One article cut out of the store so that it stands on its own: its named graph, its description
 * in the metadata graph, and the description of every entity it refers to (and the entities those
 * refer to, such as a person's country) from the entities graph.
 */
public final class ArticleSelection {
    private static final Node METADATA = NodeFactory.createURI(Iris.METADATA_GRAPH);
    private static final Node ENTITIES = NodeFactory.createURI(Iris.ENTITIES_GRAPH);

    private ArticleSelection() {
    }

    /**
     * The article with url {@code url}; call inside a read transaction on {@code store}.
     *
     * @throws IllegalArgumentException if no stored article has that url
     */
    public static DatasetGraph of(DatasetGraph store, String url) {
        Node article = article(store, url);
        DatasetGraph out = DatasetGraphFactory.create();
        store.find(METADATA, article, Node.ANY, Node.ANY).forEachRemaining(out::add);
        Set<Node> referenced = new HashSet<>();
        store.find(METADATA, article, Vocab.graph.asNode(), Node.ANY).forEachRemaining(q -> {
            store.find(q.getObject(), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(fact -> {
                out.add(fact);
                referenced.add(fact.getObject());
            });
        });
        addEntities(store, referenced, out);
        return out;
    }

    /**
     * The node of the article with url {@code url} in the metadata graph.
     *
     * @throws IllegalArgumentException if no stored article has that url
     */
    static Node article(DatasetGraph store, String url) {
        Node urlLiteral = NodeFactory.createLiteralDT(url, XSDDatatype.XSDanyURI);
        var found = store.find(METADATA, Node.ANY, NodeFactory.createURI(Vocab.SCHEMA + "url"), urlLiteral);
        if (!found.hasNext()) {
            throw new IllegalArgumentException("no article with url " + url + " in the store");
        }
        return found.next().getSubject();
    }

    private static void addEntities(DatasetGraph store, Set<Node> start, DatasetGraph out) {
        Deque<Node> todo = new ArrayDeque<>(start);
        Set<Node> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Node entity = todo.pop();
            if (!entity.isURI() || !seen.add(entity)) {
                continue;
            }
            store.find(ENTITIES, entity, Node.ANY, Node.ANY).forEachRemaining(q -> {
                out.add(q);
                todo.push(q.getObject());
            });
        }
    }
}

package org.w3id.attache.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.attache.mapping.Iris;
import org.w3id.attache.mapping.Vocab;
import org.w3id.attache.mapping.WikidataLink;

/**
 * The store's links to Wikidata as writes see them: the links found online, which a re-ingest
 * must keep, and the entities a write links for the first time, whose events change identity.
 */
final class StoredLinks {
    private static final Node ENTITIES = NodeFactory.createURI(Iris.ENTITIES_GRAPH);

    private StoredLinks() {
    }

    /** The entities that {@code incoming} (entities-graph quads) links to Wikidata and the store has not linked yet. */
    static List<Node> newlyLinked(DatasetGraph dsg, List<Quad> incoming) {
        List<Node> out = new ArrayList<>();
        for (Quad q : incoming) {
            if (q.getPredicate().equals(SKOS.exactMatch.asNode()) && !out.contains(q.getSubject())
                    && !dsg.find(ENTITIES, q.getSubject(), SKOS.exactMatch.asNode(), Node.ANY).hasNext()) {
                out.add(q.getSubject());
            }
        }
        return out;
    }

    /** The links found online and their records: re-ingesting an article must not lose them. */
    static List<Quad> online(DatasetGraph dsg) {
        List<Quad> out = new ArrayList<>();
        dsg.find(ENTITIES, Node.ANY, Vocab.linkMethod.asNode(), NodeFactory.createLiteralString(WikidataLink.SPARQL)).forEachRemaining(q -> {
            dsg.find(ENTITIES, q.getSubject(), Node.ANY, Node.ANY).forEachRemaining(out::add);
            dsg.find(ENTITIES, q.getSubject(), Vocab.linkedEntity.asNode(), Node.ANY).forEachRemaining(l ->
                    dsg.find(ENTITIES, l.getObject(), SKOS.exactMatch.asNode(), Node.ANY).forEachRemaining(out::add));
        });
        return out;
    }

    /** Puts back the online links of entities that are still stored. */
    static void restore(DatasetGraph dsg, List<Quad> links) {
        for (Quad q : links) {
            Node entity = q.getPredicate().equals(SKOS.exactMatch.asNode()) ? q.getSubject() : linkedEntity(q.getSubject());
            if (dsg.find(ENTITIES, entity, RDFS.label.asNode(), Node.ANY).hasNext()) {
                dsg.add(q);
            }
        }
    }

    private static Node linkedEntity(Node record) {
        String iri = record.getURI();
        return NodeFactory.createURI(iri.substring(0, iri.length() - WikidataLink.RECORD_FRAGMENT.length()));
    }
}

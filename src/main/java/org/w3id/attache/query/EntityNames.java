package org.w3id.attache.query;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.attache.mapping.Iris;

/**
 * What a researcher types for an entity, as the store's entity IRIs: an IRI as it is, a Wikidata
 * id ({@code Q7747}) as every entity linked to it, a name as every entity with that label (case
 * aside).
 */
public final class EntityNames {
    private static final Node ENTITIES = NodeFactory.createURI(Iris.ENTITIES_GRAPH);
    private static final String WIKIDATA = "http://www.wikidata.org/entity/";

    private EntityNames() {
    }

    /** The entity IRIs {@code name} stands for; an IllegalArgumentException naming it when there is none. */
    public static List<String> resolve(Dataset dataset, String name) {
        String n = name.strip();
        if (n.matches("https?://\\S+")) {
            return List.of(n);
        }
        TreeSet<String> out = new TreeSet<>();
        Txn.executeRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            if (n.matches("Q[1-9][0-9]*")) {
                dsg.find(ENTITIES, Node.ANY, SKOS.exactMatch.asNode(), NodeFactory.createURI(WIKIDATA + n))
                        .forEachRemaining(q -> out.add(q.getSubject().getURI()));
            } else {
                String wanted = n.toLowerCase(Locale.ROOT);
                dsg.find(ENTITIES, Node.ANY, RDFS.label.asNode(), Node.ANY).forEachRemaining(q -> {
                    if (q.getObject().isLiteral() && q.getObject().getLiteralLexicalForm().toLowerCase(Locale.ROOT).equals(wanted)
                            && q.getSubject().isURI()) {
                        out.add(q.getSubject().getURI());
                    }
                });
            }
        });
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no entity in the store is " + (n.matches("Q[1-9][0-9]*") ? "linked to " : "named ") + n);
        }
        return List.copyOf(out);
    }
}

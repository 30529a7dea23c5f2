package org.w3id.attache.web;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.w3id.attache.export.Prefixes;
import org.w3id.attache.mapping.Vocab;

/**
 * The RDF a client gets when it dereferences a minted IRI: every triple the store has about it
 * (from all graphs), the records it owns under fragment IRIs ({@code …#wikidata-link},
 * {@code …#char=…} evidence spans), and for an article, its whole graph as well (text, spans,
 * facts, mentions). Empty when the store knows nothing about the IRI.
 */
public final class ResourceDescription {
    private ResourceDescription() {
    }

    /** The description of {@code iri}; the caller holds a read transaction on {@code dataset}. */
    public static Model describe(DatasetGraph dataset, String iri) {
        Graph union = dataset.getUnionGraph();
        Model out = ModelFactory.createDefaultModel();
        Graph g = out.getGraph();
        Node subject = NodeFactory.createURI(iri);
        union.find(subject, Node.ANY, Node.ANY).forEach(t -> {
            g.add(t);
            if (t.getObject().isURI() && t.getObject().getURI().contains("#")) {
                union.find(t.getObject(), Node.ANY, Node.ANY).forEach(g::add);
            }
        });
        if (g.isEmpty()) {
            return out;
        }
        String fragments = iri + "#";
        union.find(Node.ANY, Node.ANY, subject).forEach(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(fragments)) {
                union.find(t.getSubject(), Node.ANY, Node.ANY).forEach(g::add);
            }
        });
        if (union.contains(subject, RDF.type.asNode(), Vocab.Article.asNode())) {
            union.find(subject, Vocab.graph.asNode(), Node.ANY).forEach(t -> {
                if (t.getObject().isURI() && dataset.containsGraph(t.getObject())) {
                    dataset.getGraph(t.getObject()).find().forEach((Triple x) -> g.add(x));
                }
            });
        }
        out.setNsPrefixes(Prefixes.standard().getMapping());
        return out;
    }
}

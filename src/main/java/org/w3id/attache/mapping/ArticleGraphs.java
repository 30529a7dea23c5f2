package org.w3id.attache.mapping;

import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.Quad;

/**
 * The RDF made from one article: its own named graph, its description for the metadata graph,
 * and the entity descriptions it contributes to the entities graph.
 *
 * @param url the article's url
 * @param key the article key (hash of the url)
 * @param graphName the IRI of the article's named graph
 * @param facts the article graph: facts, spans, text context, mentions
 * @param metadata the article's description
 * @param entities labels, types and links of the entities it mentions
 * @param factCount the number of facts
 */
public record ArticleGraphs(String url, String key, String graphName, Model facts, Model metadata, Model entities, int factCount) {
    /**
     * The article as quads, each in the graph the store puts it in: the facts in the article's
     * graph, the description in the metadata graph, the entities in the entities graph (names
     * tagged {@code @en}, as the store keeps them). What the store derives from them across
     * articles (the events graph) is not among them.
     */
    public Stream<Quad> quads() {
        return Stream.of(in(NodeFactory.createURI(graphName), facts), in(NodeFactory.createURI(Iris.METADATA_GRAPH), metadata),
                in(NodeFactory.createURI(Iris.ENTITIES_GRAPH), entities)).flatMap(s -> s);
    }

    private static Stream<Quad> in(Node graph, Model model) {
        return model.getGraph().find().toList().stream().map(t -> EnglishNames.of(Quad.create(graph, t)));
    }
}

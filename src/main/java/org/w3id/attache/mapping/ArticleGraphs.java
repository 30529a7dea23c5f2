package org.w3id.attache.mapping;

import org.apache.jena.rdf.model.Model;

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
}

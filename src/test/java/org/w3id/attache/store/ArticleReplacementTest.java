package org.w3id.attache.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.attache.imports.ImportOutcome;
import org.w3id.attache.imports.Importer;
import org.w3id.attache.mapping.ArticleGraphs;
import org.w3id.attache.mapping.Iris;
import org.w3id.attache.mapping.Vocab;
import org.w3id.attache.validate.ShapesValidator;

/**
 * Ingesting an article replaces its graph and its description whole: what an import put in the
 * graph of an article not yet ingested, or said of that article in the metadata graph, is gone
 * once the article itself is stored.
 */
class ArticleReplacementTest {
    @TempDir
    Path dir;

    @Test
    void triplesPlantedInAFutureArticlesGraphByAnImportDoNotSurviveItsIngest() throws IOException {
        ArticleGraphs article = StoreLinksTest.article();
        String node = Iris.standard().article(article.key());
        Path planted = Files.writeString(dir.resolve("planted.trig"), """
                PREFIX schema: <http://schema.org/>
                <%s> {
                    <https://evil.example/claim> <https://evil.example/says> "planted in the article's graph" .
                    <%s> schema:headline "Planted in the article's graph" .
                }
                <%s> { <%s> schema:headline "Planted in the metadata graph" . }
                """.formatted(article.graphName(), node, Iris.METADATA_GRAPH, node));
        try (Store store = Store.inMemory()) {
            ImportOutcome outcome = new Importer(store, ShapesValidator.standard(), Clock.systemUTC()).run(List.of(planted));
            assertTrue(outcome.written(), outcome::refusal);

            store.put(article);

            Node graph = NodeFactory.createURI(article.graphName());
            long inGraph = store.read(ds -> (long) ds.asDatasetGraph().getGraph(graph).size());
            assertEquals(article.facts().size(), inGraph, "the article's graph holds what the ingest made, and nothing else");
            Node headline = NodeFactory.createURI(Vocab.SCHEMA + "headline");
            boolean plantedHeadline = store.read(ds -> ds.asDatasetGraph().find(Node.ANY, NodeFactory.createURI(node), headline, Node.ANY).hasNext());
            assertTrue(!plantedHeadline, "a headline planted for the article outlived its ingest");
        }
    }
}

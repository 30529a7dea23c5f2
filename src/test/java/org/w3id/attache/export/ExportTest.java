package org.w3id.attache.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.w3id.attache.imports.ExchangeFixtures;
import org.w3id.attache.mapping.Iris;
import org.w3id.attache.store.Store;

/** Exports of the two-article fixture: one article alone, JSON-LD keys, format names. */
class ExportTest {
    static String export(ExportFormat format, String article) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Store store = ExchangeFixtures.storeWithTwoArticles()) {
            StoreExport.write(store, format, article, out);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    static DatasetGraph parse(String text, Lang lang) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).lang(lang).parse(dsg);
        return dsg;
    }

    @Test
    void oneArticleBringsItsGraphItsMetadataAndTheEntitiesItRefersTo() {
        DatasetGraph a = parse(export(ExportFormat.TRIG, "https://news.example.org/a"), Lang.TRIG);
        Set<String> graphs = new TreeSet<>();
        a.listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI()));
        assertEquals(Set.of(Iris.articleGraph("aaaa000000000001"), Iris.METADATA_GRAPH, Iris.ENTITIES_GRAPH), graphs);
        Node entities = NodeFactory.createURI(Iris.ENTITIES_GRAPH);
        Set<String> described = new TreeSet<>();
        a.find(entities, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> described.add(q.getSubject().getURI().replace(Iris.DEFAULT_BASE, "")));
        // article A names Putin, Lavrov, Min Aung Hlaing, Moscow, Russia, Myanmar; not Naypyidaw (only article B)
        assertEquals(Set.of("person/vladimir-putin", "person/sergei-lavrov", "person/min-aung-hlaing", "place/moscow",
                "state/russia", "state/myanmar"), described);
        assertFalse(a.find(NodeFactory.createURI(Iris.METADATA_GRAPH), NodeFactory.createURI(Iris.DEFAULT_BASE + "article/bbbb000000000002"),
                Node.ANY, Node.ANY).hasNext(), "article B's metadata stays out");
    }

    @Test
    void anUnknownArticleIsBadInput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> export(ExportFormat.TRIG, "https://nowhere.example/x"));
        assertTrue(e.getMessage().contains("https://nowhere.example/x"));
    }

    @Test
    void jsonLdUsesThePublishedContextForReadableKeys() {
        String json = export(ExportFormat.JSONLD, null);
        assertTrue(json.indexOf("\"@context\"") < json.indexOf("\"@graph\""), "context first");
        assertTrue(json.contains("\"visitor\": \"https://w3id.org/attache/id/person/sergei-lavrov\""), "role keys are plain words");
        assertTrue(json.contains("\"certainty\": \"certain\""), "controlled values are plain words");
        assertFalse(json.contains("\"https://w3id.org/attache/ontology#visitor\""), "no full IRIs as keys");
    }

    @Test
    void formatsAreFoundByNameAndAnUnknownOneListsTheKnownOnes() {
        assertEquals(ExportFormat.NQUADS, ExportFormat.parse("NQuads"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExportFormat.parse("rdfxml"));
        assertTrue(e.getMessage().contains("trig, nquads, turtle, jsonld, plover"), e.getMessage());
    }
}

package org.w3id.attache.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.attache.imports.ExchangeFixtures.*;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3id.attache.export.ExportFormat;
import org.w3id.attache.export.StoreExport;
import org.w3id.attache.mapping.Iris;
import org.w3id.attache.mapping.Vocab;
import org.w3id.attache.store.Store;
import org.w3id.attache.validate.ShapesValidator;
import org.w3id.attache.validate.Violation;

/** {@link Importer} on the hand-written fixtures: round trips, refusals that change nothing, identities. */
class ImportTest {
    static final ShapesValidator SHAPES = ShapesValidator.standard();
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T01:00:00Z"), ZoneOffset.UTC);
    static final Node METADATA = NodeFactory.createURI(Iris.METADATA_GRAPH);
    static final Node ENTITIES = NodeFactory.createURI(Iris.ENTITIES_GRAPH);
    static final Node RUSSIA = NodeFactory.createURI(Iris.DEFAULT_BASE + "state/russia");
    static final Node Q159 = NodeFactory.createURI(Vocab.WD + "Q159");

    @TempDir
    Path dir;

    static ImportOutcome importInto(Store store, Path... files) {
        return new Importer(store, SHAPES, CLOCK).run(List.of(files));
    }

    Path export(Store store, ExportFormat format) throws IOException {
        Path file = dir.resolve("dump." + format.extension());
        try (OutputStream out = Files.newOutputStream(file)) {
            StoreExport.write(store, format, null, out);
        }
        return file;
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"TRIG", "NQUADS", "JSONLD"})
    void exportThenImportIntoAnEmptyStoreGivesAnIsomorphicDataset(ExportFormat format) throws IOException {
        try (Store original = storeWithTwoArticles(); Store copy = Store.inMemory()) {
            ImportOutcome outcome = importInto(copy, export(original, format));
            assertTrue(outcome.written(), outcome::refusal);
            DatasetGraph before = snapshot(original);
            DatasetGraph after = withoutImportRecords(copy);
            assertEquals(size(before), size(after), format + ": quads");
            assertTrue(IsoMatcher.isomorphic(before, after), format + ": the imported dataset differs from the exported one");
            assertEquals(4, outcome.graphs().size(), "two article graphs, metadata, entities");
            assertTrue(ExchangeFixtures.eventsSize(after) > 0, "the store made its own events graph");
            assertEquals(size(snapshot(copy)) - ExchangeFixtures.eventsSize(after), outcome.quadsAdded(),
                    "every quad of the file is new to an empty store (its events graph is the store's own)");
        }
    }

    @Test
    void anOlderExportWithPlainNamesImportsIntoAStoreThatTagsThem() throws IOException {
        Path old = dir.resolve("old.trig");
        Files.writeString(old, """
                PREFIX att: <https://w3id.org/attache/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                <https://w3id.org/attache/graph/entities> {
                    <https://w3id.org/attache/id/state/russia> a att:State ; rdfs:label "Russia" .
                }
                """);
        try (Store store = storeWithTwoArticles()) {
            ImportOutcome outcome = importInto(store, old);
            assertTrue(outcome.written(), outcome::refusal);
            long labels = store.read(ds -> Iter.count(ds.asDatasetGraph().find(ENTITIES, RUSSIA, org.apache.jena.vocabulary.RDFS.label.asNode(), Node.ANY)));
            assertEquals(1, labels, "the plain name is the English one the store holds, not a second label");
            boolean english = store.read(ds -> ds.asDatasetGraph().contains(ENTITIES, RUSSIA, org.apache.jena.vocabulary.RDFS.label.asNode(),
                    NodeFactory.createLiteralLang("Russia", "en")));
            assertTrue(english, "the name is English");
        }
    }

    @Test
    void theImportIsRecordedInTheMetadataGraph() throws IOException {
        try (Store original = storeWithTwoArticles(); Store copy = Store.inMemory()) {
            Path dump = export(original, ExportFormat.TRIG);
            importInto(copy, dump);
            String records = copy.read(ds -> {
                StringBuilder b = new StringBuilder();
                ds.asDatasetGraph().find(METADATA, Node.ANY, NodeFactory.createURI(Vocab.NS + "sourceName"), Node.ANY)
                        .forEachRemaining(q -> b.append(q.getObject().getLiteralLexicalForm()));
                return b.toString();
            });
            assertEquals("dump.trig", records);
            long generated = copy.read(ds -> Iter.count(ds.asDatasetGraph().find(METADATA, Node.ANY,
                    NodeFactory.createURI(Vocab.PROV + "generated"), Node.ANY)));
            assertEquals(4, generated);
        }
    }

    @Test
    void turtleOfTheUnionHoldsEveryTripleOfTheStore() throws IOException {
        try (Store original = storeWithTwoArticles(); Store copy = Store.inMemory()) {
            ImportOutcome outcome = importInto(copy, export(original, ExportFormat.TURTLE));
            assertTrue(outcome.written(), outcome::refusal);
            String importGraph = outcome.graphs().stream().filter(g -> g.contains("/graph/import/")).findFirst().orElseThrow();
            var union = original.read(ds -> copyOf(ds.asDatasetGraph().getUnionGraph()));
            var imported = copy.read(ds -> copyOf(ds.asDatasetGraph().getGraph(NodeFactory.createURI(importGraph))));
            assertTrue(union.isIsomorphicWith(imported), "Turtle of the union, imported, differs from the union");
        }
    }

    static org.apache.jena.graph.Graph copyOf(org.apache.jena.graph.Graph g) {
        var copy = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
        g.find().forEachRemaining(copy::add);
        return copy;
    }

    @Test
    void aFileThatBreaksHalfwayLeavesTheStoreExactlyAsItWas() {
        try (Store store = storeWithTwoArticles()) {
            DatasetGraph before = snapshot(store);
            RdfSyntaxException e = assertThrows(RdfSyntaxException.class, () -> importInto(store, HALF_BROKEN));
            assertTrue(e.getMessage().contains("half-broken.trig:13:"), e.getMessage());
            DatasetGraph after = snapshot(store);
            assertEquals(size(before), size(after));
            assertTrue(IsoMatcher.isomorphic(before, after));
        }
    }

    @Test
    void aFileThatViolatesAShapeLeavesTheStoreExactlyAsItWasAndTheReportNamesNodesAndShapes() {
        try (Store store = storeWithTwoArticles()) {
            DatasetGraph before = snapshot(store);
            ImportOutcome outcome = importInto(store, VIOLATES_SHAPES);
            assertFalse(outcome.written());
            List<String> lines = outcome.violations().stream().map(Violation::line).toList();
            assertEquals(2, lines.size(), lines::toString);
            assertTrue(lines.get(0).contains("<https://other.example/fact/c/1>") && lines.get(0).contains("att:visitor")
                    && lines.get(0).contains("atts:VisitShape"), lines.get(0));
            assertTrue(lines.get(1).contains("<https://other.example/id/kyiv>") && lines.get(1).contains("atts:EntityShape"), lines.get(1));
            DatasetGraph after = snapshot(store);
            assertEquals(size(before), size(after));
            assertTrue(IsoMatcher.isomorphic(before, after));
        }
    }

    @Test
    void oneBadFileAmongGoodOnesMeansNothingIsWritten() {
        try (Store store = Store.inMemory()) {
            ImportOutcome outcome = importInto(store, TWO_ARTICLES, VIOLATES_SHAPES);
            assertFalse(outcome.written());
            assertEquals(0, size(snapshot(store)));
            assertThrows(RdfSyntaxException.class, () -> importInto(store, TWO_ARTICLES, HALF_BROKEN));
            assertEquals(0, size(snapshot(store)));
        }
    }

    @Test
    void anEntityWithAKnownWikidataIdIsTheStoredEntityNotADuplicate() {
        try (Store store = storeWithTwoArticles()) {
            ImportOutcome outcome = importInto(store, OTHER_RUSSIA);
            assertTrue(outcome.written(), outcome::refusal);
            assertEquals(2, outcome.entitiesMerged(), "Russia (Q159) and Myanmar (Q836)");
            store.read(ds -> {
                DatasetGraph dsg = ds.asDatasetGraph();
                List<Node> withQ159 = Iter.toList(dsg.find(Node.ANY, Node.ANY, SKOS.exactMatch.asNode(), Q159)).stream()
                        .map(q -> q.getSubject()).distinct().toList();
                assertEquals(List.of(RUSSIA), withQ159);
                Node fact = NodeFactory.createURI("https://other.example/fact/e/1");
                assertEquals(RUSSIA, dsg.find(Node.ANY, fact, Vocab.supplier.asNode(), Node.ANY).next().getObject());
                List<String> aboutOtherIri = Iter.toList(dsg.find(Node.ANY, NodeFactory.createURI("https://other.example/id/rf"), Node.ANY, Node.ANY))
                        .stream().map(q -> q.getPredicate().getURI()).toList();
                assertEquals(List.of(OWL.sameAs.getURI()), aboutOtherIri, "only the owl:sameAs record still names the other IRI");
                assertEquals(1L, Iter.count(dsg.find(Node.ANY, RUSSIA, RDFS.label.asNode(), Node.ANY)), "one rdfs:label");
                assertEquals("Russian Federation", dsg.find(Node.ANY, RUSSIA, SKOS.altLabel.asNode(), Node.ANY).next()
                        .getObject().getLiteralLexicalForm());
                assertTrue(dsg.contains(METADATA, NodeFactory.createURI("https://other.example/id/rf"), OWL.sameAs.asNode(), RUSSIA));
                return null;
            });
        }
    }

    @Test
    void importingTheSameDumpAgainAddsOnlyTheImportRecord() throws IOException {
        try (Store store = storeWithTwoArticles()) {
            Path dump = export(store, ExportFormat.NQUADS);
            DatasetGraph before = snapshot(store);
            ImportOutcome outcome = importInto(store, dump);
            assertTrue(outcome.written(), outcome::refusal);
            assertEquals(2, outcome.graphsAlreadyStored().size());
            assertTrue(IsoMatcher.isomorphic(before, withoutImportRecords(store)));
            assertEquals(size(snapshot(store)) - size(before), outcome.quadsAdded(), "only the import record is new");
        }
    }

    @Test
    void anArticleGraphStoredWithOtherContentIsRefused() throws IOException {
        try (Store store = storeWithTwoArticles()) {
            String changed = Files.readString(TWO_ARTICLES).replace("\"Sergei Lavrov\"", "\"S. Lavrov\"")
                    .replace("Lavrov said ties were strong.\" ;", "Lavrov said ties were strong.\" ; nif:anchorOf \"x\" ;");
            Path file = dir.resolve("changed.trig");
            Files.writeString(file, changed.replace("att:content \"ties were strong\"", "att:content \"ties were good\""));
            DatasetGraph before = snapshot(store);
            ImportOutcome outcome = importInto(store, file);
            assertFalse(outcome.written());
            assertTrue(outcome.refusal().contains("graph/article/bbbb000000000002"), outcome.refusal());
            assertTrue(IsoMatcher.isomorphic(before, snapshot(store)));
        }
    }

    @Test
    void triplesOutsideAnyGraphAndBlankNamedGraphsLandInGraphsNamedForTheFile() throws IOException {
        Path file = dir.resolve("cities.trig");
        Files.writeString(file, """
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX att:  <https://w3id.org/attache/ontology#>
                _:g1 { <https://other.example/id/odesa> a att:City ; rdfs:label "Odesa" . }
                <https://other.example/id/lviv> a att:City ; rdfs:label "Lviv" .
                """);
        try (Store store = Store.inMemory()) {
            ImportOutcome outcome = importInto(store, file);
            assertTrue(outcome.written(), outcome::refusal);
            List<String> importGraphs = outcome.graphs().stream().filter(g -> !g.equals(Iris.METADATA_GRAPH)).toList();
            assertEquals(2, importGraphs.size(), importGraphs::toString);
            String fileGraph = Iris.GRAPH_BASE + "import/";
            assertTrue(importGraphs.stream().allMatch(g -> g.startsWith(fileGraph)), importGraphs::toString);
        }
    }
}

package org.w3id.attache.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.attache.imports.ExchangeFixtures;
import org.w3id.attache.imports.Importer;
import org.w3id.attache.imports.RdfFileReader;
import org.w3id.attache.imports.RdfSyntaxException;
import org.w3id.attache.mapping.Iris;
import org.w3id.attache.store.Store;
import org.w3id.attache.validate.ShapesValidator;
import org.w3id.attache.wikidata.WikidataView;

class BulkLoadTest {
    private static final ShapesValidator SHAPES = ShapesValidator.standard();
    private static final Node ENTITIES = NodeFactory.createURI(Iris.ENTITIES_GRAPH);
    private static final Node METADATA = NodeFactory.createURI(Iris.METADATA_GRAPH);
    private static final Node ARTICLE_A = NodeFactory.createURI(Iris.GRAPH_BASE + "article/aaaa000000000001");
    private static final Node ARTICLE_B = NodeFactory.createURI(Iris.GRAPH_BASE + "article/bbbb000000000002");

    @TempDir
    Path dir;

    private static LoadReport load(Store store, boolean skipInvalid, Path... shards) {
        return BulkLoad.into(store).validator(SHAPES).skipInvalid(skipInvalid).checkThreads(2).build().run(List.of(shards));
    }

    /** The two articles as N-Quads, in the order given by {@code graphs}, gzipped. */
    private Path nquads(String name, List<Node> graphs) throws IOException {
        DatasetGraph source = RdfFileReader.read(ExchangeFixtures.TWO_ARTICLES);
        DatasetGraph ordered = DatasetGraphFactory.create();
        Path file = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            for (Node g : graphs) {
                List<Quad> quads = new ArrayList<>();
                source.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
                DatasetGraph one = DatasetGraphFactory.create();
                quads.forEach(one::add);
                RDFDataMgr.write(out, one, Lang.NQUADS);
                quads.forEach(ordered::add);
            }
        }
        return file;
    }

    private static String difference(DatasetGraph expected, DatasetGraph actual) {
        List<String> lines = new ArrayList<>();
        expected.find().forEachRemaining(q -> {
            if (!actual.contains(q)) {
                lines.add("- " + q);
            }
        });
        actual.find().forEachRemaining(q -> {
            if (!expected.contains(q)) {
                lines.add("+ " + q);
            }
        });
        return String.join("\n", lines.subList(0, Math.min(20, lines.size())));
    }

    @Test
    void loadingGivesTheStoreThatImportGives() {
        Store imported = Store.inMemory();
        new Importer(imported, SHAPES, Clock.systemUTC()).run(List.of(ExchangeFixtures.TWO_ARTICLES));
        WikidataView.rebuild(imported); // load makes the view as ingest and link do
        Store loaded = Store.inMemory();
        LoadReport report = load(loaded, false, ExchangeFixtures.TWO_ARTICLES);
        assertEquals(2, report.graphsLoaded());
        assertEquals(0, report.graphsUnchanged());
        DatasetGraph expected = ExchangeFixtures.withoutImportRecords(imported);
        DatasetGraph actual = ExchangeFixtures.snapshot(loaded);
        assertTrue(ExchangeFixtures.eventsSize(actual) > 0, "the events graph is made");
        assertTrue(IsoMatcher.isomorphic(expected, actual), () -> "load and import store the same; differing quads:\n" + difference(expected, actual));
    }

    @Test
    void loadingTheSameShardsAgainChangesNothing() {
        Store store = Store.inMemory();
        load(store, false, ExchangeFixtures.TWO_ARTICLES);
        DatasetGraph before = ExchangeFixtures.snapshot(store);
        LoadReport again = load(store, false, ExchangeFixtures.TWO_ARTICLES);
        assertEquals(0, again.graphsLoaded());
        assertEquals(2, again.graphsUnchanged());
        assertTrue(IsoMatcher.isomorphic(before, ExchangeFixtures.snapshot(store)));
    }

    @Test
    void entitiesAfterTheArticlesAreWaitedFor() throws IOException {
        Path entitiesLast = nquads("entities-last.nq.gz", List.of(ARTICLE_B, METADATA, ARTICLE_A, ENTITIES));
        Store store = Store.inMemory();
        LoadReport report = load(store, false, entitiesLast);
        assertEquals(2, report.graphsLoaded());
        Store reference = Store.inMemory();
        load(reference, false, ExchangeFixtures.TWO_ARTICLES);
        assertTrue(IsoMatcher.isomorphic(ExchangeFixtures.snapshot(reference), ExchangeFixtures.snapshot(store)));
    }

    @Test
    void anInvalidShardWritesNothingToAnEmptyStoreOrAFullOne() throws IOException {
        Path good = nquads("good.nq.gz", List.of(ENTITIES, METADATA, ARTICLE_A, ARTICLE_B));
        Store empty = Store.inMemory();
        LoadException e = assertThrows(LoadException.class, () -> load(empty, false, good, ExchangeFixtures.VIOLATES_SHAPES));
        assertTrue(e.getMessage().startsWith("nothing written:"), e.getMessage());
        assertEquals(0, ExchangeFixtures.size(ExchangeFixtures.snapshot(empty)));

        Store full = Store.inMemory();
        load(full, false, ExchangeFixtures.OTHER_RUSSIA);
        DatasetGraph before = ExchangeFixtures.snapshot(full);
        assertThrows(LoadException.class, () -> load(full, false, good, ExchangeFixtures.VIOLATES_SHAPES));
        assertTrue(IsoMatcher.isomorphic(before, ExchangeFixtures.snapshot(full)), "the store is as it was");
    }

    @Test
    void aSyntaxErrorNamesTheFileAndLineAndWritesNothing() {
        Store store = Store.inMemory();
        RdfSyntaxException e = assertThrows(RdfSyntaxException.class,
                () -> load(store, false, ExchangeFixtures.TWO_ARTICLES, ExchangeFixtures.HALF_BROKEN));
        assertTrue(e.getMessage().contains("half-broken.trig:13"), e.getMessage());
        assertEquals(0, ExchangeFixtures.size(ExchangeFixtures.snapshot(store)));
    }

    @Test
    void triplesOutsideANamedGraphAreRefused() throws IOException {
        Path file = dir.resolve("plain.nq");
        Files.writeString(file, "<https://x.example/s> <https://x.example/p> \"o\" .\n");
        Store store = Store.inMemory();
        LoadException e = assertThrows(LoadException.class, () -> load(store, false, file));
        assertTrue(e.getMessage().startsWith(file + ": a triple outside any named graph"), e.getMessage());
    }

    @Test
    void skippingLeavesOutTheInvalidGraphWithItsMetadataAndLoadsTheRest() throws IOException {
        // article B's visit loses its visitor: B is invalid, A is not
        DatasetGraph data = RdfFileReader.read(ExchangeFixtures.TWO_ARTICLES);
        Node visitor = NodeFactory.createURI("https://w3id.org/attache/ontology#visitor");
        List<Quad> visitors = new ArrayList<>();
        data.find(ARTICLE_B, Node.ANY, visitor, Node.ANY).forEachRemaining(visitors::add);
        assertFalse(visitors.isEmpty(), "the fixture has a visit in B");
        visitors.forEach(data::delete);
        Path broken = dir.resolve("b-broken.trig");
        try (OutputStream out = Files.newOutputStream(broken)) {
            RDFDataMgr.write(out, data, Lang.TRIG);
        }
        Store strict = Store.inMemory();
        assertThrows(LoadException.class, () -> load(strict, false, broken));
        assertEquals(0, ExchangeFixtures.size(ExchangeFixtures.snapshot(strict)));

        Store store = Store.inMemory();
        LoadReport report = load(store, true, broken);
        assertEquals(List.of(ARTICLE_B.getURI()), report.invalidGraphs());
        assertTrue(report.invalid().get(ARTICLE_B.getURI()).contains("SHACL"), report.invalid().toString());
        DatasetGraph stored = ExchangeFixtures.snapshot(store);
        assertTrue(stored.containsGraph(ARTICLE_A));
        assertFalse(stored.containsGraph(ARTICLE_B));
        assertFalse(stored.find(METADATA, Node.ANY, Node.ANY, ARTICLE_B).hasNext(), "B's metadata is left out too");
        assertTrue(stored.find(METADATA, Node.ANY, Node.ANY, ARTICLE_A).hasNext());
    }

    @Test
    void entitiesSharingAWikidataIdAreMergedAsImportMergesThem() {
        Store store = Store.inMemory();
        load(store, false, ExchangeFixtures.TWO_ARTICLES);
        LoadReport report = load(store, false, ExchangeFixtures.OTHER_RUSSIA);
        assertEquals(2, report.entitiesMerged());
        DatasetGraph stored = ExchangeFixtures.snapshot(store);
        Node theirs = NodeFactory.createURI("https://other.example/id/rf");
        Node ours = NodeFactory.createURI("https://w3id.org/attache/id/state/russia");
        assertTrue(stored.contains(METADATA, theirs, OWL.sameAs.asNode(), ours));
        assertFalse(stored.find(Node.ANY, theirs, RDFS.label.asNode(), Node.ANY).hasNext(), "the merged IRI keeps no label");
        assertFalse(stored.find(Node.ANY, Node.ANY, Node.ANY, theirs).hasNext(), "nothing points to the merged IRI");
        assertTrue(stored.find(Node.ANY, Node.ANY, NodeFactory.createURI("https://w3id.org/attache/ontology#supplier"), ours).hasNext());
    }

    @Test
    void shardPathsTakeDirectoriesAndGlobsAndRefuseWhatIsNotAShard() throws IOException {
        Path shards = Files.createDirectories(dir.resolve("out/sub"));
        Files.writeString(dir.resolve("out/part-1.nq"), "");
        Files.writeString(shards.resolve("part-2.trig.gz"), "");
        Files.writeString(dir.resolve("out/_SUCCESS"), "");
        List<Path> found = ShardPaths.resolve(List.of(dir.resolve("out").toString()));
        assertEquals(List.of(dir.resolve("out/part-1.nq"), shards.resolve("part-2.trig.gz")),
                found.stream().sorted(Comparator.naturalOrder()).toList());
        assertEquals(List.of(dir.resolve("out/part-1.nq")), ShardPaths.resolve(List.of(dir.resolve("out/part-*.nq").toString())));
        IllegalArgumentException notShard = assertThrows(IllegalArgumentException.class,
                () -> ShardPaths.resolve(List.of(dir.resolve("out/_SUCCESS").toString())));
        assertTrue(notShard.getMessage().contains("use attache import"), notShard.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ShardPaths.resolve(List.of(dir.resolve("nothing-*.nq").toString())));
    }
}

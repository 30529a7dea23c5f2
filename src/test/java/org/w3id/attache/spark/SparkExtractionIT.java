package org.w3id.attache.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.attache.imports.ImportOutcome;
import org.w3id.attache.imports.Importer;
import org.w3id.attache.mapping.Iris;
import org.w3id.attache.pipeline.Ingest;
import org.w3id.attache.store.Store;
import org.w3id.attache.validate.ShapesValidator;
import org.w3id.attache.wikidata.WikidataView;

/**
 * The Spark job in {@code local[2]} against {@code attache ingest} on the same articles (the
 * samples, the dev set, the breadth set: front-matter files) in an in-memory store. Equal means
 * {@link StoredQuads}: every article graph isomorphic, the metadata graph equal but for the
 * ingest timestamps, the entities graph equal (the shards' union of every article's entity
 * triples against what the store kept). The events graph and the Wikidata-shaped view are the
 * store's own derivations and not in the shards; importing the shards must give them back.
 */
class SparkExtractionIT {
    private static final List<String> INPUTS = List.of("samples", "../shared/eval/dev/articles", "src/test/resources/breadth/articles");
    private static final Set<String> DERIVED_BY_THE_STORE = Set.of(Iris.EVENTS_GRAPH, WikidataView.GRAPH);
    private static final int SHARDS = 3;

    @TempDir
    static Path dir;

    private static JavaSparkContext spark;
    private static JobReport report;
    private static Store ingested;
    private static Ingest.Report ingestReport;
    private static DatasetGraph shards;

    @BeforeAll
    static void runTheJobAndIngest() throws IOException {
        if (!Files.isDirectory(Path.of(INPUTS.get(1)))) {
            String why = "no " + INPUTS.get(1) + ": put ../shared beside the project";
            if (System.getenv("CI") != null) {
                fail(why);
            }
            assumeTrue(false, why);
        }
        spark = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("SparkExtractionIT")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1"));
        report = ExtractJob.builder().inputs(INPUTS).output(dir.resolve("out").toString()).partitions(SHARDS).pipelinesPerExecutor(2).build().run(spark);
        ingested = Store.inMemory();
        ingestReport = Ingest.builder().progress(new PrintWriter(new StringWriter())).build().run(INPUTS, ingested);
        shards = DatasetGraphFactory.create();
        for (Path shard : shardFiles(dir.resolve("out"))) {
            RDFDataMgr.read(shards, shard.toString());
        }
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.close();
        }
        if (ingested != null) {
            ingested.close();
        }
    }

    @Test
    void theShardsHoldWhatIngestStores() {
        assertEquals(33, ingestReport.articles(), "the three sets hold 33 articles");
        assertEquals(ingestReport.articles(), report.articlesWritten());
        assertEquals(0, report.bad().size(), () -> "bad inputs: " + report.bad());
        assertEquals(SHARDS, shardFiles(dir.resolve("out")).size());
        assertEquals(report.quadsWritten(), shardLines(), "the quads written are the lines of the shards (entities come once per article that names them)");
        assertFalse(shards.containsGraph(NodeFactory.createURI(Iris.EVENTS_GRAPH)), "the events graph is the store's to derive");
        List<String> differences = Txn.calculateRead(ingested.dataset(), () -> StoredQuads.differences(ingested.datasetGraph(), shards, DERIVED_BY_THE_STORE));
        assertEquals(List.of(), differences);
    }

    @Test
    void theComparisonSeesADroppedQuadAndAChangedName() {
        DatasetGraph dropped = copy(shards);
        Quad some = dropped.stream().filter(q -> q.getGraph().getURI().contains("/graph/article/")).findFirst().orElseThrow();
        dropped.delete(some);
        List<String> found = Txn.calculateRead(ingested.dataset(), () -> StoredQuads.differences(ingested.datasetGraph(), dropped, DERIVED_BY_THE_STORE));
        assertEquals(1, found.size(), () -> "one graph differs: " + found);
        assertTrue(found.get(0).startsWith("<" + some.getGraph().getURI() + ">"), found.get(0));

        DatasetGraph renamed = copy(shards);
        Node entities = NodeFactory.createURI(Iris.ENTITIES_GRAPH);
        Quad label = renamed.find(entities, Node.ANY, RDFS.label.asNode(), Node.ANY).next();
        renamed.delete(label);
        renamed.add(entities, label.getSubject(), label.getPredicate(), NodeFactory.createLiteralLang("Someone Else", "en"));
        List<String> relabelled = Txn.calculateRead(ingested.dataset(), () -> StoredQuads.differences(ingested.datasetGraph(), renamed, DERIVED_BY_THE_STORE));
        assertEquals(1, relabelled.size(), () -> "the entities graph differs: " + relabelled);
        assertTrue(relabelled.get(0).contains("Someone Else"), relabelled.get(0));
    }

    /**
     * Import, not the comparison above, on the samples (kept small for time): the breadth set's b07
     * makes a statement without content, which the shapes refuse (an {@code export} of the
     * store ingest made is refused by {@code import} alike; the extraction's to fix).
     */
    @Test
    void importingTheShardsGivesTheStoreIngestMade() throws IOException {
        List<String> inputs = INPUTS.subList(0, 1);
        Path out = dir.resolve("import-out");
        ExtractJob.builder().inputs(inputs).output(out.toString()).partitions(2).pipelinesPerExecutor(2).build().run(spark);
        try (Store ingestedHere = Store.inMemory(); Store loaded = Store.inMemory()) {
            Ingest.builder().progress(new PrintWriter(new StringWriter())).build().run(inputs, ingestedHere);
            ImportOutcome outcome = new Importer(loaded, ShapesValidator.standard(), Clock.systemUTC()).run(shardFiles(out));
            assertTrue(outcome.written(), () -> "import refused: " + outcome.refusal() + " " + outcome.violations());
            boolean events = loaded.read(ds -> ds.asDatasetGraph().containsGraph(NodeFactory.createURI(Iris.EVENTS_GRAPH)));
            assertTrue(events, "the store made its events graph from the imported facts");
            List<String> differences = Txn.calculateRead(ingestedHere.dataset(), () -> Txn.calculateRead(loaded.dataset(),
                    () -> StoredQuads.differences(ingestedHere.datasetGraph(), loaded.datasetGraph(), Set.of(WikidataView.GRAPH))));
            assertEquals(List.of(), differences, "events graph included: the store derives the same from the imported facts");
        }
    }

    @Test
    void aLaterArticleWithTheSameUrlReplacesTheEarlierAsAReingestDoes() throws IOException {
        Path in = Files.createDirectories(dir.resolve("twice"));
        String body = "\nThe foreign minister of Japan visited Hanoi on Monday.\n";
        Files.writeString(in.resolve("a.txt"), "---\ntitle: First version\npublished: 2025-03-04\nurl: https://example.org/twice\n---" + body);
        Files.writeString(in.resolve("b.txt"), "---\ntitle: Second version\npublished: 2025-03-04\nurl: https://example.org/twice\n---" + body);
        Path out = dir.resolve("twice-out");
        JobReport twice = ExtractJob.builder().inputs(List.of(in.toString())).output(out.toString()).partitions(2).build().run(spark);
        assertEquals(2, twice.articlesProcessed());
        assertEquals(1, twice.articlesReplaced());
        assertEquals(1, twice.articlesWritten());
        DatasetGraph written = DatasetGraphFactory.create();
        for (Path shard : shardFiles(out)) {
            RDFDataMgr.read(written, shard.toString());
        }
        Node headline = NodeFactory.createURI(org.w3id.attache.mapping.Vocab.SCHEMA + "headline");
        List<String> headlines = written.stream().filter(q -> q.getPredicate().equals(headline)).map(q -> q.getObject().getLiteralLexicalForm()).toList();
        assertEquals(List.of("Second version"), headlines);
    }

    @Test
    void badInputsAreReportedWithFileAndLineAsIngestReportsThem() throws IOException {
        Path in = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(in.resolve("no-header.txt"), "Just a body, no front matter.\n");
        Files.writeString(in.resolve("records.jsonl"), "{\"url\": \"https://example.org/a\"}\nnot json\n");
        Files.writeString(in.resolve("README.md"), "# notes, not an article\n");
        List<String> inputs = List.of(in.toString(), dir.resolve("nowhere").toString());
        String out = dir.resolve("bad-out").toString();
        JobReport bad = ExtractJob.builder().inputs(inputs).output(out).partitions(1).build().run(spark);
        StringWriter ingestErrors = new StringWriter();
        Ingest.Report ingest;
        try (Store s = Store.inMemory()) {
            ingest = Ingest.builder().progress(new PrintWriter(ingestErrors)).build().run(inputs, s);
        }
        assertEquals(ingest.errors(), bad.refused(), "ingest said:\n" + ingestErrors);
        assertEquals(4, bad.refused());
        assertEquals(2, bad.files(), "README.md is a note about the folder, not an article");
        List<String> lines = Files.readAllLines(Path.of(out, "bad-inputs.tsv"), StandardCharsets.UTF_8);
        assertEquals("file\tline\tstage\treason", lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.matches("file:.*/records\\.jsonl\t1\tread\tno .*")), () -> String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.matches("file:.*/records\\.jsonl\t2\tread\t.*JSON.*")), () -> String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.matches("file:.*/no-header\\.txt\t1\tread\tno front matter.*")), () -> String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.matches(".*/nowhere\t\tread\tno such file or directory")), () -> String.join("\n", lines));
        List<String> counts = Files.readAllLines(Path.of(out, "counts.tsv"), StandardCharsets.UTF_8);
        assertTrue(counts.contains("inputs-refused\t4") && counts.contains("articles-written\t0"), () -> String.join("\n", counts));
        assertTrue(Files.exists(Path.of(out, "_SUCCESS")));
    }

    private static List<Path> shardFiles(Path out) {
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(f -> f.getFileName().toString().matches("part-\\d{5}\\.nq\\.gz")).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long shardLines() {
        long lines = 0;
        for (Path shard : shardFiles(dir.resolve("out"))) {
            try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(new java.util.zip.GZIPInputStream(Files.newInputStream(shard)), StandardCharsets.UTF_8))) {
                lines += in.lines().count();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return lines;
    }

    private static DatasetGraph copy(DatasetGraph dsg) {
        DatasetGraph c = DatasetGraphFactory.create();
        dsg.find().forEachRemaining(c::add);
        return c;
    }
}

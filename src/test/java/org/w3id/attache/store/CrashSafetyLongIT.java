package org.w3id.attache.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.attache.intake.Article;
import org.w3id.attache.intake.ArticleReader;
import org.w3id.attache.intake.MetadataOverrides;
import org.w3id.attache.mapping.ArticleGraphs;
import org.w3id.attache.mapping.Iris;
import org.w3id.attache.mapping.Vocab;
import org.w3id.attache.pipeline.ArticleProcessor;
import org.w3id.attache.wikidata.WikidataView;

/**
 * Crash safety of the store: a child JVM stores many articles one write transaction each, as
 * {@code attache ingest} does, and is killed with SIGKILL at a random moment, again and again on
 * the same store. After every kill the store is reopened (TDB2 recovers from its journal) and
 * checked: every article recorded in the metadata graph has exactly the graph, description and
 * entities a clean run gives it; no graph, description or entity is left over from an article
 * that is not recorded; and every article the child had reported stored is there. At the end a
 * child runs to completion and the store must equal a clean run, quad for quad.
 *
 * <p>The articles are the samples and the breadth set, each under {@value #COPIES} urls, made by
 * the real pipeline once in this JVM; the children store them from N-Quads files so that they
 * need not load CoreNLP each time. {@code -Dattache.crash.kills=N} and
 * {@code -Dattache.crash.seed=S} change the number of kills and replay a run.
 */
class CrashSafetyLongIT {
    private static final Node EVENTS = NodeFactory.createURI(org.w3id.attache.mapping.Iris.EVENTS_GRAPH);
    static final int KILLS = Integer.getInteger("attache.crash.kills", 24);
    static final int COPIES = 1;
    /** Kills land up to this long after the child says its store is open. */
    static final int MAX_DELAY_MILLIS = 2500;
    private static final Node METADATA = NodeFactory.createURI(Iris.METADATA_GRAPH);
    private static final Node ENTITIES = NodeFactory.createURI(Iris.ENTITIES_GRAPH);
    private static final Node URL = NodeFactory.createURI(Vocab.SCHEMA + "url");
    private static final Node INGESTED_AT = Vocab.ingestedAt.asNode();
    static final List<String> ARTICLE_DIRS = List.of("samples", "src/test/resources/breadth/articles");
    static final int CLI_KILLS = Integer.getInteger("attache.crash.ingestKills", 3);
    static final int CLI_MAX_DELAY_MILLIS = 3000;

    @TempDir
    Path dir;

    @Test
    void killedIngestNeverLeavesAHalfWrittenArticle() throws Exception {
        long seed = Long.getLong("attache.crash.seed", System.currentTimeMillis());
        System.out.println("CrashSafetyLongIT: seed " + seed + " (replay with -Dattache.crash.seed=" + seed + ")");
        Random random = new Random(seed);
        List<ArticleGraphs> reference = reference().graphs();
        Map<String, ArticleGraphs> byUrl = new HashMap<>();
        reference.forEach(a -> byUrl.put(a.url(), a));
        Path fixtures = dir.resolve("fixtures");
        ArticleGraphsFiles.write(reference, fixtures);
        Path store = dir.resolve("store");

        Set<String> committed = new HashSet<>();
        int commitsBeforeKills = 0;
        List<Long> putMillis = new ArrayList<>();
        int articlesChecked = 0;
        int killsMidRun = 0;
        long start = System.nanoTime();
        for (int kill = 1; kill <= KILLS; kill++) {
            ChildJvm child = ChildJvm.storeWriter(store, fixtures, random.nextLong(), 1000, dir.resolve("child-" + kill + ".log"));
            child.awaitLine("ready");
            Thread.sleep(random.nextInt(MAX_DELAY_MILLIS + 1));
            List<String> stored = child.kill();
            if (!child.finished()) {
                killsMidRun++;
            }
            commitsBeforeKills += stored.size();
            putMillis.addAll(child.putMillis());
            committed.addAll(stored);
            articlesChecked += assertConsistent(store, byUrl, committed, false);
        }
        ChildJvm last = ChildJvm.storeWriter(store, fixtures, random.nextLong(), 1, dir.resolve("child-last.log"));
        assertTrue(last.awaitExit(300), "the last child finishes its round");
        putMillis.addAll(last.putMillis());
        Collections.sort(putMillis);
        assertEquals(reference.size(), assertConsistent(store, byUrl, byUrl.keySet(), false));
        assertSameQuads(cleanRun(reference), quads(store), "after the crashes, the store is the clean run's, quad for quad");
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);

        assertEquals(KILLS, killsMidRun, "every kill landed while the child was still writing");
        String summary = String.format("crash safety: %d SIGKILLs, %d articles checked after them (%d distinct articles, "
                + "%d puts committed before the kills), store equal to a clean run at the end; put median %d ms, max %d ms; "
                + "%d s of kills and checks; seed %d",
                KILLS, articlesChecked, reference.size(), commitsBeforeKills, putMillis.get(putMillis.size() / 2),
                putMillis.get(putMillis.size() - 1), seconds, seed);
        System.out.println(summary);
        Path report = Path.of("target", "reliability", "crash-safety.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, summary + "\n");
    }

    /**
     * The same with {@code attache ingest} itself, CoreNLP and all, in the child: fewer kills,
     * as each child spends its first seconds loading models. Ingest times differ from run to run,
     * so {@code att:ingestedAt} is left out of the comparison.
     */
    @Test
    void killedAttacheIngestLeavesOnlyWholeArticles() throws Exception {
        long seed = Long.getLong("attache.crash.seed", System.currentTimeMillis()) + 1;
        Random random = new Random(seed);
        Reference reference = reference();
        Map<String, ArticleGraphs> byUrl = new HashMap<>();
        reference.graphs().forEach(a -> byUrl.put(a.url(), a));
        Map<String, String> urlOfOrigin = new HashMap<>();
        reference.articles().forEach(a -> urlOfOrigin.put(a.origin(), a.url()));
        Path store = dir.resolve("store");
        // The files one by one: samples/ also holds a README that ingest would report as bad input.
        List<String> files = reference.articles().stream().map(Article::origin).distinct().toList();

        Set<String> committed = new HashSet<>();
        int articlesChecked = 0;
        for (int kill = 1; kill <= CLI_KILLS; kill++) {
            ChildJvm child = ChildJvm.attacheIngest(store, files, dir.resolve("ingest-" + kill + ".log"));
            child.awaitLine("[1] ");
            Thread.sleep(random.nextInt(CLI_MAX_DELAY_MILLIS + 1));
            child.kill();
            assertTrue(!child.finished(), "the kill landed while attache ingest was still writing");
            child.progressOrigins().forEach(origin -> committed.add(urlOfOrigin.get(origin)));
            articlesChecked += assertConsistent(store, byUrl, committed, true);
        }
        ChildJvm last = ChildJvm.attacheIngest(store, files, dir.resolve("ingest-last.log"));
        assertTrue(last.awaitExit(600), () -> "the last attache ingest finishes: " + last.lines());
        assertEquals(byUrl.size(), assertConsistent(store, byUrl, byUrl.keySet(), true));
        assertSameQuads(withoutIngestTimes(cleanIngest(reference.graphs())), withoutIngestTimes(quads(store)),
                "after the crashes, the store is the clean run's, quad for quad");
        String summary = String.format("crash safety, attache ingest: %d SIGKILLs, %d articles checked after them; seed %d",
                CLI_KILLS, articlesChecked, seed);
        System.out.println(summary);
        Path report = Path.of("target", "reliability", "crash-safety-ingest.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, summary + "\n");
    }

    /** Articles read from their files, and the graphs the real pipeline makes of them. */
    record Reference(List<Article> articles, List<ArticleGraphs> graphs) {
    }

    private static Reference reference;

    static synchronized Reference reference() throws IOException {
        if (reference == null) {
            reference = referenceArticles();
        }
        return reference;
    }

    /** The samples and the breadth articles, each under {@link #COPIES} urls, through the real pipeline. */
    private static Reference referenceArticles() throws IOException {
        ArticleReader reader = new ArticleReader(MetadataOverrides.NONE);
        List<Article> articles = new ArrayList<>();
        for (String d : ARTICLE_DIRS) {
            try (Stream<Path> files = Files.walk(Path.of(d))) {
                for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    ArticleReader.Result r = reader.read(f);
                    assertEquals(List.of(), r.errors(), f.toString());
                    articles.addAll(r.articles());
                }
            }
        }
        ArticleProcessor processor = ArticleProcessor.standard();
        List<ArticleGraphs> out = new ArrayList<>();
        for (int copy = 0; copy < COPIES; copy++) {
            for (Article a : articles) {
                String url = copy == 0 ? a.url() : a.url() + (a.url().contains("?") ? "&" : "?") + "copy=" + copy;
                out.add(processor.process(new Article(url, a.title(), a.published(), a.outlet(), a.body(), a.origin())));
            }
        }
        return new Reference(articles, out);
    }

    /**
     * Checks the store against the clean graphs of the articles it records; returns how many
     * articles it records.
     */
    static int assertConsistent(Path storeDir, Map<String, ArticleGraphs> byUrl, Set<String> mustBeThere, boolean ignoreIngestTimes) {
        return readAndRelease(storeDir, ds -> {
                DatasetGraph dsg = ds.asDatasetGraph();
                Set<String> recorded = new HashSet<>();
                dsg.find(METADATA, Node.ANY, URL, Node.ANY).forEachRemaining(q -> recorded.add(q.getObject().getLiteralLexicalForm()));
                assertTrue(recorded.containsAll(mustBeThere), "every article reported stored is recorded");

                Set<Triple> expectedMetadata = new HashSet<>();
                Set<Triple> allowedEntities = new HashSet<>();
                // The Wikidata-shaped view is derived from the stored articles and rebuilt after each ingest;
                // the events graph is derived too, in each write's own transaction, and must equal a rebuild.
                Set<Node> expectedGraphs = new HashSet<>(List.of(METADATA, ENTITIES, NodeFactory.createURI(WikidataView.GRAPH), EVENTS));
                assertTrue(eventsEqualARebuild(dsg), "the events graph is what a rebuild from the recorded articles makes");
                for (String url : recorded) {
                    ArticleGraphs clean = byUrl.get(url);
                    assertNotNull(clean, "recorded article " + url + " was never written");
                    Node graph = NodeFactory.createURI(clean.graphName());
                    expectedGraphs.add(graph);
                    assertEquals(triples(clean.facts()), triples(dsg, graph), "the graph of " + url + " is whole");
                    expectedMetadata.addAll(triples(clean.metadata()));
                    if (ignoreIngestTimes) {
                        expectedMetadata.removeIf(t -> t.getPredicate().equals(INGESTED_AT));
                    }
                    Set<Triple> entities = triples(clean.entities());
                    Set<Triple> stored = triples(dsg, ENTITIES);
                    assertTrue(stored.containsAll(entities), "the entities of " + url + " are all there");
                    allowedEntities.addAll(entities);
                }
                Set<Triple> storedMetadata = triples(dsg, METADATA);
                if (ignoreIngestTimes) {
                    storedMetadata.removeIf(t -> t.getPredicate().equals(INGESTED_AT));
                }
                assertEquals(expectedMetadata, storedMetadata, "the metadata graph describes exactly the recorded articles");
                Set<Triple> strayEntities = triples(dsg, ENTITIES);
                strayEntities.removeAll(allowedEntities);
                assertEquals(Set.of(), strayEntities, "no entity triple comes from an article that is not recorded");
                dsg.listGraphNodes().forEachRemaining(g -> assertTrue(expectedGraphs.contains(g), "graph " + g + " belongs to no recorded article"));
                return recorded.size();
            });
    }

    /** Whether the stored events graph is isomorphic to one rebuilt from a copy of everything else. */
    private static boolean eventsEqualARebuild(DatasetGraph stored) {
        DatasetGraph copy = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        org.apache.jena.system.Txn.executeWrite(copy, () -> {
            stored.find().forEachRemaining(q -> {
                if (!q.getGraph().equals(EVENTS)) {
                    copy.add(q);
                }
            });
            org.w3id.attache.events.EventsGraph.rebuild(copy);
        });
        return org.apache.jena.system.Txn.calculateRead(copy, () -> copy.getGraph(EVENTS).isIsomorphicWith(stored.getGraph(EVENTS)));
    }

    /**
     * Opens the store, reads it, and lets go of it entirely: TDB2 keeps a closed store's files
     * locked by this JVM until it is expelled, and the next child must be able to open it.
     */
    private static <T> T readAndRelease(Path storeDir, Function<Dataset, T> action) {
        Store s = Store.open(storeDir);
        try {
            return s.read(action);
        } finally {
            TDBInternal.expel(s.datasetGraph());
        }
    }

    private static Set<Quad> cleanRun(List<ArticleGraphs> reference) {
        try (Store clean = Store.inMemory()) {
            reference.forEach(clean::put);
            return allQuads(clean);
        }
    }

    /** What an uninterrupted {@code attache ingest} stores: the articles, then the Wikidata view derived from them. */
    private static Set<Quad> cleanIngest(List<ArticleGraphs> reference) {
        try (Store clean = Store.inMemory()) {
            reference.forEach(clean::put);
            WikidataView.rebuild(clean);
            return allQuads(clean);
        }
    }

    /**
     * Equal sets, or a failure that shows a few quads missing and a few too many, not both sets
     * whole. The Wikidata view writes "unknown value" as a blank node, new on every rebuild, so that
     * graph need only be isomorphic.
     */
    private static void assertSameQuads(Set<Quad> expected, Set<Quad> actual, String what) {
        Node view = NodeFactory.createURI(WikidataView.GRAPH);
        Graph expectedView = GraphFactory.createDefaultGraph();
        Graph actualView = GraphFactory.createDefaultGraph();
        expected.stream().filter(q -> q.getGraph().equals(view)).forEach(q -> expectedView.add(q.asTriple()));
        actual.stream().filter(q -> q.getGraph().equals(view)).forEach(q -> actualView.add(q.asTriple()));
        assertTrue(expectedView.isIsomorphicWith(actualView), what + ": the Wikidata view differs");
        expected = expected.stream().filter(q -> !q.getGraph().equals(view)).collect(java.util.stream.Collectors.toSet());
        actual = actual.stream().filter(q -> !q.getGraph().equals(view)).collect(java.util.stream.Collectors.toSet());
        Set<Quad> missing = new HashSet<>(expected);
        missing.removeAll(actual);
        Set<Quad> extra = new HashSet<>(actual);
        extra.removeAll(expected);
        assertTrue(missing.isEmpty() && extra.isEmpty(), () -> what + ": " + missing.size() + " missing, e.g. "
                + missing.stream().limit(5).toList() + "; " + extra.size() + " too many, e.g. " + extra.stream().limit(5).toList());
    }

    private static Set<Quad> allQuads(Store store) {
        return store.read(ds -> {
            Set<Quad> out = new HashSet<>();
            ds.asDatasetGraph().find().forEachRemaining(out::add);
            return out;
        });
    }

    private static Set<Quad> quads(Path storeDir) {
        return readAndRelease(storeDir, ds -> {
            Set<Quad> out = new HashSet<>();
            ds.asDatasetGraph().find().forEachRemaining(out::add);
            return out;
        });
    }

    /** The view's references carry the day of ingest (P813, retrieved), which differs between runs near midnight. */
    private static final String RETRIEVED = "http://www.wikidata.org/prop/reference/P813";

    private static Set<Quad> withoutIngestTimes(Set<Quad> quads) {
        Set<Quad> out = new HashSet<>(quads);
        out.removeIf(q -> q.getPredicate().equals(INGESTED_AT) || q.getPredicate().getURI().equals(RETRIEVED));
        return out;
    }

    private static Set<Triple> triples(Model m) {
        Set<Triple> out = new HashSet<>();
        m.getGraph().find().forEachRemaining(out::add);
        return out;
    }

    private static Set<Triple> triples(DatasetGraph dsg, Node graph) {
        Set<Triple> out = new HashSet<>();
        dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.asTriple()));
        return out;
    }
}

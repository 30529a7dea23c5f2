package org.w3id.attache.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ReadWrite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.attache.pipeline.Ingest;
import org.w3id.attache.store.Store;

/**
 * A bounded load test of {@code serve} on loopback: {@value #DEFAULT_CLIENTS} clients send the
 * competency queries of {@code queries/} without pause for {@value #DEFAULT_SECONDS} s, over a
 * store of the seed and dev articles ({@code ../shared/eval}; the samples and the breadth set
 * where that is absent), while one writer ingests those articles again and again through the real
 * pipeline. Every answer must be 200 with exactly the rows the query gave before the load (an
 * article is replaced in one transaction, so a reader never sees it half-written); and while a
 * write transaction is held open for {@value #HELD_WRITE_SECONDS} s, reads must go on completing.
 * Prints and writes to {@code target/reliability/load.txt} the requests served, errors, p50, p99.
 * {@code -Dattache.load.clients=N -Dattache.load.seconds=S} change the load.
 */
class LoadLongIT {
    static final int DEFAULT_CLIENTS = 50;
    static final int DEFAULT_SECONDS = 60;
    static final int HELD_WRITE_SECONDS = 5;
    static final String TSV = "text/tab-separated-values";

    @TempDir
    Path dir;

    record Timed(String query, long startNanos, long endNanos, boolean ok) {
    }

    @Test
    void fiftyClientsForAMinuteWithAWriterAndNoErrors() throws Exception {
        int clients = Integer.getInteger("attache.load.clients", DEFAULT_CLIENTS);
        int seconds = Integer.getInteger("attache.load.seconds", DEFAULT_SECONDS);
        List<String> articles = articleDirs();
        Map<String, String> queries = competencyQueries();

        try (Store store = Store.open(dir.resolve("store"))) {
            Ingest.Report first = ingest(articles, store);
            assertEquals(0, first.errors() + first.failures(), "the articles ingest cleanly");
            // All the clients share one address: as many places for it as there are clients, less the
            // waiting ones (four a place), so that the admission queues them and refuses none.
            int places = Math.max(2, clients / 3);
            try (SparqlServer server = SparqlServer.create().dataset(store.datasetGraph()).port(0)
                    .maxConcurrentQueries(places).maxQueriesPerClient(places).build().start()) {
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
                Map<String, Integer> expectedRows = new LinkedHashMap<>();
                for (var q : queries.entrySet()) {
                    HttpResponse<String> r = query(http, server, q.getValue());
                    assertEquals(200, r.statusCode(), q.getKey() + ": " + r.body());
                    expectedRows.put(q.getKey(), rows(r.body()));
                }

                ConcurrentLinkedQueue<Timed> timings = new ConcurrentLinkedQueue<>();
                ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
                List<String> names = new ArrayList<>(queries.keySet());
                ExecutorService pool = Executors.newFixedThreadPool(clients + 2);
                CountDownLatch readersDone = new CountDownLatch(clients);
                for (int c = 0; c < clients; c++) {
                    int client = c;
                    pool.submit(() -> {
                        try {
                            for (int i = client; System.nanoTime() < end; i++) {
                                String name = names.get(i % names.size());
                                long t0 = System.nanoTime();
                                boolean ok = false;
                                try {
                                    HttpResponse<String> r = query(http, server, queries.get(name));
                                    ok = r.statusCode() == 200 && rows(r.body()) == expectedRows.get(name);
                                    if (!ok) {
                                        errors.add(name + ": status " + r.statusCode() + ", " + rows(r.body()) + " rows, expected "
                                                + expectedRows.get(name));
                                    }
                                } catch (Exception e) {
                                    errors.add(name + ": " + e);
                                }
                                timings.add(new Timed(name, t0, System.nanoTime(), ok));
                            }
                        } finally {
                            readersDone.countDown();
                        }
                    });
                }

                // One writer: ingests the same articles again and again (each replaces its own
                // graph in one transaction), and once holds a write transaction open.
                AtomicInteger ingests = new AtomicInteger();
                AtomicInteger writerFailures = new AtomicInteger();
                AtomicLong heldFrom = new AtomicLong();
                AtomicLong heldTo = new AtomicLong();
                pool.submit(() -> {
                    while (System.nanoTime() < end - TimeUnit.SECONDS.toNanos(3)) {
                        try {
                            Ingest.Report r = ingest(articles, store);
                            writerFailures.addAndGet(r.errors() + r.failures());
                            ingests.addAndGet(r.articles());
                        } catch (Exception e) {
                            writerFailures.incrementAndGet();
                        }
                    }
                    return null;
                });
                pool.submit(() -> {
                    Thread.sleep(TimeUnit.SECONDS.toMillis(seconds) / 3);
                    store.dataset().begin(ReadWrite.WRITE);
                    try {
                        heldFrom.set(System.nanoTime());
                        store.datasetGraph().add(NodeFactory.createURI("urn:x-load-test:held"), NodeFactory.createURI("urn:x:s"),
                                NodeFactory.createURI("urn:x:p"), NodeFactory.createLiteralString("never committed"));
                        Thread.sleep(TimeUnit.SECONDS.toMillis(HELD_WRITE_SECONDS));
                        heldTo.set(System.nanoTime());
                    } finally {
                        store.dataset().abort();
                        store.dataset().end();
                    }
                    return null;
                });
                assertTrue(readersDone.await(seconds + 120L, TimeUnit.SECONDS), "the readers finish");
                pool.shutdown();
                assertTrue(pool.awaitTermination(300, TimeUnit.SECONDS), "the writer finishes");

                List<Long> latencies = new ArrayList<>();
                long duringHeldWrite = 0;
                for (Timed t : timings) {
                    latencies.add(t.endNanos() - t.startNanos());
                    if (t.ok() && t.startNanos() >= heldFrom.get() && t.endNanos() <= heldTo.get()) {
                        duringHeldWrite++;
                    }
                }
                Collections.sort(latencies);
                Map<String, List<Long>> byQuery = new LinkedHashMap<>();
                names.forEach(n -> byQuery.put(n, new ArrayList<>()));
                timings.forEach(t -> byQuery.get(t.query()).add(t.endNanos() - t.startNanos()));
                StringBuilder perQuery = new StringBuilder();
                for (var e : byQuery.entrySet()) {
                    Collections.sort(e.getValue());
                    perQuery.append(String.format("%n  %-12s %5d requests, p50 %7.1f ms, p99 %7.1f ms, %d rows",
                            e.getKey(), e.getValue().size(), millis(e.getValue(), 0.50), millis(e.getValue(), 0.99), expectedRows.get(e.getKey())));
                }
                String summary = String.format("load: %d clients, %d s, %d competency queries over %d articles (%s); "
                                + "%d requests (%.0f/s), %d errors; latency p50 %.1f ms, p99 %.1f ms, max %.1f ms; "
                                + "writer re-ingested %d articles meanwhile, %d failures; %d reads completed inside a %d s open write transaction",
                        clients, seconds, queries.size(), first.articles(), String.join(" ", articles), latencies.size(),
                        latencies.size() / (double) seconds, errors.size(), millis(latencies, 0.50), millis(latencies, 0.99),
                        millis(latencies, 1.0), ingests.get(), writerFailures.get(), duringHeldWrite, HELD_WRITE_SECONDS) + perQuery;
                System.out.println(summary);
                Path report = Path.of("target", "reliability", "load.txt");
                Files.createDirectories(report.getParent());
                Files.writeString(report, summary + "\n");

                assertEquals(List.of(), errors.stream().limit(20).toList(), "errors");
                assertEquals(0, writerFailures.get(), "the writer never failed");
                assertTrue(ingests.get() > 0, "the writer ingested while the readers read");
                assertTrue(duringHeldWrite > 0, "reads completed while a write transaction was open");
            }
        }
    }

    /** seed and dev from ../shared/eval where they are, else the samples and the breadth set. */
    static List<String> articleDirs() {
        Path seed = Path.of("../shared/eval/seed/articles");
        Path dev = Path.of("../shared/eval/dev/articles");
        if (Files.isDirectory(seed) && Files.isDirectory(dev)) {
            return List.of(seed.toString(), dev.toString());
        }
        return List.of("samples", "src/test/resources/breadth/articles");
    }

    static Map<String, String> competencyQueries() throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                if (!QueryFactory.create(text).toString().contains("SERVICE")) { // federated examples need the internet
                    out.put(f.getFileName().toString().replace(".rq", ""), text);
                }
            }
        }
        assertTrue(out.size() >= 9, "the competency queries: " + out.keySet());
        return out;
    }

    private static Ingest.Report ingest(List<String> inputs, Store store) throws Exception {
        return Ingest.builder().progress(new PrintWriter(new StringWriter())).build().run(inputs, store);
    }

    private static HttpResponse<String> query(HttpClient http, SparqlServer server, String query) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query").header("Accept", TSV)
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(query)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Rows of a TSV result: lines after the header (TSV escapes newlines inside values). */
    private static int rows(String tsv) {
        return (int) tsv.lines().count() - 1;
    }

    private static double millis(List<Long> sortedNanos, double quantile) {
        int i = (int) Math.min(sortedNanos.size() - 1, Math.ceil(quantile * sortedNanos.size()) - 1);
        return sortedNanos.get(Math.max(0, i)) / 1e6;
    }
}

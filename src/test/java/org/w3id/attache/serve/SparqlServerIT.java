package org.w3id.attache.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.sse.SSE;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The embedded Fuseki over HTTP: union default graph, read-only endpoints, settings checked. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparqlServerIT {

    private static final String GRAPH = "https://w3id.org/attache/id/article/test-1";
    private static final String SELECT_ALL = "SELECT ?s ?o WHERE { ?s ?p ?o }";
    private static final String INSERT = "INSERT DATA { <http://example.org/x> <http://example.org/p> \"new\" }";
    private static final String JSON_RESULTS = "application/sparql-results+json";

    private DatasetGraph dataset;
    private SparqlServer server;

    @BeforeAll
    void startServer() {
        dataset = DatabaseMgr.createDatasetGraph();
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        loadTwoQuads(dataset);
        server = SparqlServer.create().dataset(dataset).port(0).build().start();
    }

    @AfterAll
    void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    private static void loadTwoQuads(DatasetGraph dsg) {
        Txn.executeWrite(dsg, () -> {
            dsg.add(SSE.parseQuad("(<" + GRAPH + "> <http://example.org/a> <http://example.org/p> 'one')"));
            dsg.add(SSE.parseQuad("(<" + GRAPH + "> <http://example.org/b> <http://example.org/p> 'two')"));
        });
    }

    // ---- query

    @Test
    void urlsNameHostPortAndEndpoints() {
        assertTrue(server.port() > 0);
        assertEquals("http://127.0.0.1:" + server.port() + "/attache/sparql", server.sparqlUrl());
        assertEquals("http://127.0.0.1:" + server.port() + "/attache/get", server.graphStoreUrl());
    }

    @Test
    void selectByGetSeesNamedGraphsAsDefaultGraph() throws Exception {
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(queryUri(server, SELECT_ALL))
                .header("Accept", JSON_RESULTS).GET());
        assertEquals(200, response.statusCode());
        assertTrue(contentType(response).startsWith(JSON_RESULTS), contentType(response));
        assertEquals(Set.of("one", "two"), objects(response));
    }

    @Test
    void selectByPostBodyAndByPostForm() throws Exception {
        HttpResponse<byte[]> direct = send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query").header("Accept", JSON_RESULTS)
                .POST(HttpRequest.BodyPublishers.ofString(SELECT_ALL)));
        assertEquals(200, direct.statusCode());
        assertEquals(Set.of("one", "two"), objects(direct));

        HttpResponse<byte[]> form = send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", JSON_RESULTS)
                .POST(HttpRequest.BodyPublishers.ofString("query=" + encode(SELECT_ALL))));
        assertEquals(200, form.statusCode());
        assertEquals(Set.of("one", "two"), objects(form));
    }

    @Test
    void selectThroughJenaHttpClient() {
        List<String> objects = new ArrayList<>();
        try (QueryExecutionHTTP exec = QueryExecutionHTTP.service(server.sparqlUrl()).query(SELECT_ALL).build()) {
            exec.execSelect().forEachRemaining(row -> objects.add(row.getLiteral("o").getLexicalForm()));
        }
        assertEquals(Set.of("one", "two"), new HashSet<>(objects));
        assertEquals(2, objects.size());
    }

    @Test
    void serviceClauseIsRefused() throws Exception {
        String federated = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }";
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(queryUri(server, federated))
                .header("Accept", JSON_RESULTS).GET());
        assertTrue(response.statusCode() >= 400, "status " + response.statusCode());
    }

    // ---- nothing writes

    @Test
    void updatesAreRefusedEverywhere() throws Exception {
        String base = "http://127.0.0.1:" + server.port() + "/attache";
        for (String target : List.of(base + "/sparql", base + "/update", base)) {
            HttpResponse<byte[]> direct = send(HttpRequest.newBuilder(URI.create(target))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString(INSERT)));
            assertClientError(direct, "sparql-update POST to " + target);

            HttpResponse<byte[]> form = send(HttpRequest.newBuilder(URI.create(target))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("update=" + encode(INSERT))));
            assertClientError(form, "form update POST to " + target);
        }
        assertDatasetUnchanged();
    }

    @Test
    void graphStoreReadsTurtleAndRefusesWrites() throws Exception {
        URI graphUri = URI.create(server.graphStoreUrl() + "?graph=" + encode(GRAPH));
        HttpResponse<byte[]> get = send(HttpRequest.newBuilder(graphUri).header("Accept", "text/turtle").GET());
        assertEquals(200, get.statusCode());
        assertTrue(contentType(get).startsWith("text/turtle"), contentType(get));
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(get.body())).lang(Lang.TURTLE).parse(graph);
        assertEquals(2, graph.size());

        String turtle = "<http://example.org/x> <http://example.org/p> \"new\" .";
        URI newGraphUri = URI.create(server.graphStoreUrl() + "?graph=" + encode("http://example.org/new"));
        for (URI target : List.of(graphUri, newGraphUri)) {
            for (String method : List.of("PUT", "POST")) {
                HttpResponse<byte[]> write = send(HttpRequest.newBuilder(target)
                        .header("Content-Type", "text/turtle")
                        .method(method, HttpRequest.BodyPublishers.ofString(turtle)));
                assertClientError(write, method + " to " + target);
            }
            assertClientError(send(HttpRequest.newBuilder(target).DELETE()), "DELETE to " + target);
        }
        assertDatasetUnchanged();
    }

    @Test
    void noOtherEndpoints() throws Exception {
        String base = "http://127.0.0.1:" + server.port() + "/attache";
        for (String name : List.of("query", "data", "upload", "shacl", "patch", "prefixes")) {
            HttpResponse<byte[]> response = send(HttpRequest.newBuilder(URI.create(base + "/" + name)).GET());
            assertClientError(response, "GET " + base + "/" + name);
        }
        HttpResponse<byte[]> datasetQuery = send(HttpRequest.newBuilder(
                URI.create(base + "?query=" + encode(SELECT_ALL))).GET());
        assertClientError(datasetQuery, "query at the dataset URL");
    }

    // ---- server settings

    @Test
    void listensOnTheGivenHostOnly() throws Exception {
        Optional<InetAddress> other = nonLoopbackIpv4Address();
        assumeTrue(other.isPresent(), "no non-loopback IPv4 address here");
        try (Socket socket = new Socket()) {
            assertThrows(ConnectException.class,
                    () -> socket.connect(new InetSocketAddress(other.get(), server.port()), 2000));
        }
        try (SparqlServer everywhere = SparqlServer.create().dataset(dataset).host("0.0.0.0").port(0).build();
                Socket socket = new Socket()) {
            everywhere.start();
            socket.connect(new InetSocketAddress(other.get(), everywhere.port()), 2000);
            assertTrue(socket.isConnected());
        }
    }

    @Test
    void queryTimeoutAndUnionWithoutCallerContext() throws Exception {
        DatasetGraph plain = DatabaseMgr.createDatasetGraph(); // no union flag in its context
        loadTwoQuads(plain);
        try (SparqlServer strict = SparqlServer.create().dataset(plain).port(0)
                .queryTimeout(Duration.ofMillis(200)).build()) {
            strict.start();
            HttpResponse<byte[]> rows = send(HttpRequest.newBuilder(queryUri(strict, SELECT_ALL))
                    .header("Accept", JSON_RESULTS).GET());
            assertEquals(Set.of("one", "two"), objects(rows));

            // 10^8 combinations: about 100 s of work without the timeout. Cancellation is only
            // noticed between joins, so the answer comes some seconds after the 200 ms timeout.
            String digits = "{ 0 1 2 3 4 5 6 7 8 9 }";
            StringBuilder heavy = new StringBuilder("SELECT (COUNT(*) AS ?n) WHERE {");
            for (char v = 'a'; v < 'a' + 8; v++) {
                heavy.append(" VALUES ?").append(v).append(' ').append(digits);
            }
            heavy.append(" }");
            long start = System.nanoTime();
            HttpResponse<byte[]> slow = send(HttpRequest.newBuilder(queryUri(strict, heavy.toString()))
                    .header("Accept", JSON_RESULTS).timeout(Duration.ofSeconds(60)).GET());
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertEquals(503, slow.statusCode(), "Fuseki's status for a query that timed out");
            assertTrue(took.compareTo(Duration.ofSeconds(20)) < 0, "took " + took);
        }
    }

    @Test
    void portIsKnownOnlyOnceStarted() {
        try (SparqlServer notStarted = SparqlServer.create().dataset(dataset).port(0).build()) {
            assertThrows(IllegalStateException.class, notStarted::port);
        }
    }

    @Test
    void builderRejectsBadSettings() {
        assertThrows(IllegalArgumentException.class, () -> SparqlServer.create().build());
        assertThrows(IllegalArgumentException.class, () -> SparqlServer.create().dataset(null).build());
        assertThrows(IllegalArgumentException.class, () -> SparqlServer.create().dataset(dataset).port(-1).build());
        assertThrows(IllegalArgumentException.class, () -> SparqlServer.create().dataset(dataset).port(65536).build());
        assertThrows(IllegalArgumentException.class,
                () -> SparqlServer.create().dataset(dataset).queryTimeout(Duration.ZERO).build());
        assertThrows(IllegalArgumentException.class,
                () -> SparqlServer.create().dataset(dataset).queryTimeout(Duration.ofSeconds(-1)).build());
        assertThrows(IllegalArgumentException.class,
                () -> SparqlServer.create().dataset(dataset).queryTimeout(null).build());
        assertThrows(IllegalArgumentException.class, () -> SparqlServer.create().dataset(dataset).host(" ").build());
        assertThrows(IllegalArgumentException.class, () -> SparqlServer.create().dataset(dataset).host(null).build());
    }

    // ---- helpers

    /**
     * Sends on a new connection: Jetty closes the connection after refusing a write, and a
     * pooled connection reused at that moment would fail the request at random.
     */
    private HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpClient fresh = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return fresh.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static URI queryUri(SparqlServer target, String query) {
        return URI.create(target.sparqlUrl() + "?query=" + encode(query));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /** The ?o values of a JSON result set, checking there is one row per value. */
    private static Set<String> objects(HttpResponse<byte[]> response) {
        assertEquals(200, response.statusCode(), () -> new String(response.body(), StandardCharsets.UTF_8));
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(response.body()), ResultSetLang.RS_JSON);
        List<String> values = new ArrayList<>();
        while (results.hasNext()) {
            QuerySolution row = results.next();
            values.add(row.getLiteral("o").getLexicalForm());
        }
        Set<String> distinct = new HashSet<>(values);
        assertEquals(values.size(), distinct.size(), "duplicate rows: " + values);
        return distinct;
    }

    private static void assertClientError(HttpResponse<?> response, String what) {
        int status = response.statusCode();
        assertTrue(status >= 400 && status < 500, what + " gave status " + status);
    }

    private void assertDatasetUnchanged() {
        Node graph = NodeFactory.createURI(GRAPH);
        Txn.executeRead(dataset, () -> {
            assertEquals(2, dataset.stream().count(), "quads in the dataset");
            assertEquals(2, dataset.getGraph(graph).size(), "triples in " + GRAPH);
            assertTrue(dataset.getDefaultGraph().isEmpty(), "stored default graph");
        });
    }

    private static Optional<InetAddress> nonLoopbackIpv4Address() throws SocketException {
        for (NetworkInterface nic : NetworkInterface.networkInterfaces().toList()) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress address : nic.inetAddresses().toList()) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                    return Optional.of(address);
                }
            }
        }
        return Optional.empty();
    }
}

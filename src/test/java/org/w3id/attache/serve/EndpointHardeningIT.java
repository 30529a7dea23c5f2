package org.w3id.attache.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The limits {@link SparqlServer} puts on its clients, one test each: SERVICE only to allowed
 * endpoints, a ceiling on answer rows, a ceiling on request size, and writing only through
 * {@code --update} with a user from the password file. (Read-only by default, the bind address
 * and the query timeout are tested in {@link SparqlServerIT}.) Every server takes port 0.
 */
class EndpointHardeningIT {
    private static final String G = "https://w3id.org/attache/graph/article/hardening";
    private static final String JSON_RESULTS = "application/sparql-results+json";

    @TempDir
    Path dir;

    /** A TDB2 dataset in memory holding {@code n} triples {@code <s_i> <p> i} in one named graph. */
    static DatasetGraph datasetOf(int n) {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < n; i++) {
                dsg.add(NodeFactory.createURI(G), NodeFactory.createURI("http://example.org/s" + i),
                        NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString(Integer.toString(i)));
            }
        });
        return dsg;
    }

    // ---- SERVICE

    @Test
    void serviceReachesOnlyAllowedEndpoints() throws Exception {
        HttpServer other = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicInteger requestsToOther = new AtomicInteger();
        other.createContext("/", exchange -> {
            requestsToOther.incrementAndGet();
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        other.start();
        String otherUrl = "http://127.0.0.1:" + other.getAddress().getPort() + "/sparql";
        try (SparqlServer remote = SparqlServer.create().dataset(datasetOf(3)).port(0).build().start();
                SparqlServer closed = SparqlServer.create().dataset(datasetOf(1)).port(0).build().start();
                SparqlServer open = SparqlServer.create().dataset(datasetOf(1)).port(0)
                        .allowService(remote.sparqlUrl()).build().start()) {
            String toRemote = "SELECT ?o WHERE { SERVICE <" + remote.sparqlUrl() + "> { ?s ?p ?o } }";
            String toOther = "SELECT ?o WHERE { SERVICE <" + otherUrl + "> { ?s ?p ?o } }";
            String viaVariable = "SELECT ?o WHERE { VALUES ?e { <" + remote.sparqlUrl() + "> } SERVICE ?e { ?s ?p ?o } }";
            String inFilter = "SELECT ?s WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <" + otherUrl + "> { ?x ?y ?z } } }";

            assertEquals(3, rows(select(open, toRemote)), "the allowed endpoint answers through SERVICE");
            assertRefused(select(open, toOther), "an endpoint not on the list");
            assertRefused(select(open, viaVariable), "an endpoint chosen by a variable, even an allowed one");
            assertRefused(select(closed, toRemote), "any endpoint when none is allowed");
            assertRefused(select(open, inFilter), "an endpoint not on the list, inside FILTER EXISTS");
            assertEquals(0, requestsToOther.get(), "no request ever left for an endpoint not on the list");
        } finally {
            other.stop(0);
        }
    }

    @Test
    void allowedServiceMustBeAnHttpUrl() {
        DatasetGraph dsg = datasetOf(0);
        for (String bad : List.of("ftp://example.org/sparql", "not a url", "/relative/sparql", "http:///no-host")) {
            assertThrows(IllegalArgumentException.class, () -> SparqlServer.create().dataset(dsg).allowService(bad).build(), bad);
        }
    }

    // ---- rows

    @Test
    void answersStopAtTheRowLimit() throws Exception {
        try (SparqlServer server = SparqlServer.create().dataset(datasetOf(50)).port(0).maxRows(10).build().start()) {
            assertEquals(10, rows(select(server, "SELECT * WHERE { ?s ?p ?o }")), "no LIMIT: cut at 10");
            assertEquals(10, rows(select(server, "SELECT * WHERE { ?s ?p ?o } LIMIT 40")), "a larger LIMIT: cut at 10");
            assertEquals(4, rows(select(server, "SELECT * WHERE { ?s ?p ?o } LIMIT 4")), "a smaller LIMIT stands");
            assertEquals(1, rows(select(server, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")), "aggregates count every row");
            assertEquals("50", firstValue(select(server, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"), "n"));
        }
        assertThrows(IllegalArgumentException.class, () -> SparqlServer.create().dataset(datasetOf(0)).maxRows(0).build());
    }

    // ---- request size

    @Test
    void oversizedRequestsAreRefusedUnread() throws Exception {
        DatasetGraph dsg = datasetOf(2);
        try (SparqlServer server = SparqlServer.create().dataset(dsg).port(0).maxRequestBytes(2_000).build().start()) {
            String small = "SELECT * WHERE { ?s ?p ?o }";
            String big = small + " #" + "x".repeat(3_000);
            assertEquals(2, rows(postQuery(server, small)));
            assertEquals(2, rows(send(HttpRequest.newBuilder(queryUri(server, small)).header("Accept", JSON_RESULTS).GET())));
            assertEquals(413, postQuery(server, big).statusCode(), "body over the limit");
            assertEquals(414, send(HttpRequest.newBuilder(queryUri(server, big)).GET()).statusCode(), "query string over the limit");

            // A body without Content-Length (sent chunked) could be any size.
            HttpResponse<byte[]> chunked = send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                    .header("Content-Type", "application/sparql-query")
                    .POST(unknownLength(small)));
            assertEquals(411, chunked.statusCode());
        }
        assertThrows(IllegalArgumentException.class, () -> SparqlServer.create().dataset(dsg).maxRequestBytes(0).build());
    }

    // ---- update

    @Test
    void updateNeedsTheFlagAndAUserFromThePasswordFile() throws Exception {
        Path passwords = Files.writeString(dir.resolve("passwd"), "# editors\nalice: s3cret\nbob: MD5:00000000000000000000000000000000\n");
        DatasetGraph dsg = datasetOf(1);
        String insert = "INSERT DATA { GRAPH <" + G + "> { <http://example.org/new> <http://example.org/p> 'added' } }";
        try (SparqlServer readOnly = SparqlServer.create().dataset(dsg).port(0).build().start()) {
            String updateUrl = readOnly.sparqlUrl().replace("/sparql", "/update");
            assertEquals(404, update(updateUrl, insert, "alice", "s3cret").statusCode(), "no update endpoint without update()");
        }
        assertEquals(1, quads(dsg));
        try (SparqlServer server = SparqlServer.create().dataset(dsg).port(0).update(passwords).build().start()) {
            String updateUrl = server.sparqlUrl().replace("/sparql", "/update");
            assertEquals(401, update(updateUrl, insert, null, null).statusCode(), "anonymous");
            assertEquals(401, update(updateUrl, insert, "alice", "wrong").statusCode(), "wrong password");
            assertEquals(401, update(updateUrl, insert, "mallory", "s3cret").statusCode(), "unknown user");
            assertEquals(1, quads(dsg), "nothing written by the refused requests");
            assertTrue(send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString(insert))).statusCode() >= 400, "the query endpoint still refuses updates");

            int status = update(updateUrl, insert, "alice", "s3cret").statusCode();
            assertTrue(status == 200 || status == 204, "alice may write: " + status);
            assertEquals(2, quads(dsg));
            assertEquals(2, rows(select(server, "SELECT * WHERE { ?s ?p ?o }")), "queries need no login");
        }
    }

    @Test
    void updateNeedsAReadablePasswordFileWithUsers() throws IOException {
        DatasetGraph dsg = datasetOf(0);
        Path missing = dir.resolve("missing");
        Path empty = Files.writeString(dir.resolve("empty"), "# nobody\n\n");
        Path noPassword = Files.writeString(dir.resolve("nopassword"), "alice: s3cret\ncarol\n");
        assertMessage(assertThrows(IllegalArgumentException.class, () -> SparqlServer.create().dataset(dsg).update(missing).build()),
                missing.toString());
        assertMessage(assertThrows(IllegalArgumentException.class, () -> SparqlServer.create().dataset(dsg).update(empty).build()),
                empty.toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SparqlServer.create().dataset(dsg).update(noPassword).build());
        assertMessage(e, noPassword + ":2");
        assertTrue(!e.getMessage().contains("s3cret"), "never echoes a password: " + e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SparqlServer.create().dataset(dsg).update(null).build());
    }

    // ---- helpers


    private static void assertMessage(Exception e, String expected) {
        assertTrue(e.getMessage().contains(expected), "'" + e.getMessage() + "' names " + expected);
    }

    private static void assertRefused(HttpResponse<byte[]> response, String what) {
        assertEquals(403, response.statusCode(), what);
        assertTrue(new String(response.body(), StandardCharsets.UTF_8).contains("not allowed"),
                what + ": " + new String(response.body(), StandardCharsets.UTF_8));
    }

    private static long quads(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> dsg.stream().count());
    }

    private static HttpResponse<byte[]> select(SparqlServer server, String query) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(queryUri(server, query)).header("Accept", JSON_RESULTS).GET());
    }

    private static HttpResponse<byte[]> postQuery(SparqlServer server, String query) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query").header("Accept", JSON_RESULTS)
                .POST(HttpRequest.BodyPublishers.ofString(query)));
    }

    private static HttpResponse<byte[]> update(String url, String update, String user, String password)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update));
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        return send(request);
    }

    /** A body whose length the client does not announce, so it goes chunked. */
    private static HttpRequest.BodyPublisher unknownLength(String text) {
        HttpRequest.BodyPublisher known = HttpRequest.BodyPublishers.ofString(text);
        return new HttpRequest.BodyPublisher() {
            @Override
            public long contentLength() {
                return -1;
            }

            @Override
            public void subscribe(Flow.Subscriber<? super java.nio.ByteBuffer> subscriber) {
                known.subscribe(subscriber);
            }
        };
    }

    /** Sends on a new connection, as a refused request may leave its connection closed. */
    private static HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpClient fresh = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return fresh.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static URI queryUri(SparqlServer server, String query) {
        return URI.create(server.sparqlUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    private static int rows(HttpResponse<byte[]> response) {
        assertEquals(200, response.statusCode(), () -> new String(response.body(), StandardCharsets.UTF_8));
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(response.body()), ResultSetLang.RS_JSON);
        List<Object> all = new ArrayList<>();
        results.forEachRemaining(all::add);
        return all.size();
    }

    private static String firstValue(HttpResponse<byte[]> response, String var) {
        assertEquals(200, response.statusCode());
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(response.body()), ResultSetLang.RS_JSON);
        return results.next().get(var).asLiteral().getLexicalForm();
    }
}

package org.w3id.attache.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client's manners: User-Agent, form-encoded POST, retries on 429/5xx, none on other 4xx, builder checks. */
class SparqlClientTest {
    static final String ANSWER = """
            { "head": { "vars": [ "x" ] },
              "results": { "bindings": [ { "x": { "type": "uri", "value": "http://www.wikidata.org/entity/Q649" } } ] } }""";

    HttpServer server;
    final AtomicInteger calls = new AtomicInteger();
    final List<String> userAgents = new CopyOnWriteArrayList<>();
    volatile int failFirst;
    volatile int failStatus = 503;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/sparql", ex -> {
            int n = calls.incrementAndGet();
            userAgents.add(ex.getRequestHeaders().getFirst("User-Agent"));
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            byte[] out;
            if (n <= failFirst) {
                ex.getResponseHeaders().add("Retry-After", "0");
                out = "busy".getBytes(StandardCharsets.UTF_8);
                ex.sendResponseHeaders(failStatus, out.length);
            } else {
                assertTrue(body.startsWith("query="), body);
                ex.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
                out = ANSWER.getBytes(StandardCharsets.UTF_8);
                ex.sendResponseHeaders(200, out.length);
            }
            ex.getResponseBody().write(out);
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    SparqlClient client(int retries) {
        return SparqlClient.builder("http://127.0.0.1:" + server.getAddress().getPort() + "/sparql")
                .retries(retries).backoff(Duration.ofMillis(5)).timeout(Duration.ofSeconds(5)).build();
    }

    @Test
    void sendsItsUserAgentAndRetriesThrottledRequests() {
        failFirst = 2;
        failStatus = 429;
        var rows = client(3).select("SELECT ?x WHERE { ?x ?p ?o }");
        assertEquals(3, calls.get());
        assertEquals("http://www.wikidata.org/entity/Q649", rows.get(0).get("x").asResource().getURI());
        assertTrue(userAgents.stream().allMatch(ua -> ua.startsWith("attache/")), userAgents.toString());
    }

    @Test
    void givesUpAfterTheRetries() {
        failFirst = 10;
        EndpointException e = assertThrows(EndpointException.class, () -> client(2).select("SELECT * {}"));
        assertEquals(3, calls.get());
        assertTrue(e.getMessage().contains("HTTP 503"), e.getMessage());
    }

    @Test
    void aRefusedQueryIsNotRetried() {
        failFirst = 10;
        failStatus = 400;
        assertThrows(EndpointException.class, () -> client(3).select("SELECT * {}"));
        assertEquals(1, calls.get());
    }

    @Test
    void builderRejectsBadSettings() {
        assertThrows(IllegalArgumentException.class, () -> SparqlClient.builder("ftp://example.org/sparql"));
        assertThrows(IllegalArgumentException.class, () -> SparqlClient.builder("not a url"));
        assertThrows(IllegalArgumentException.class, () -> SparqlClient.builder(SparqlClient.WIKIDATA).userAgent(" ").build());
        assertThrows(IllegalArgumentException.class, () -> SparqlClient.builder(SparqlClient.WIKIDATA).retries(-1).build());
        assertThrows(IllegalArgumentException.class, () -> SparqlClient.builder(SparqlClient.WIKIDATA).timeout(Duration.ZERO).build());
    }
}

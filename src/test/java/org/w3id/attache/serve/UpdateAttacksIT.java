package org.w3id.attache.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A writer with {@code --update} reaching beyond the store (issue 14, item 6): LOAD of local files
 * and URLs, SERVICE calls no {@code --allow-service} allowed, and a form posted from another site
 * with the browser's cached credentials. Every server takes port 0; the only other server is a
 * loopback one that counts the requests it gets.
 */
class UpdateAttacksIT {
    private static final String G = "https://w3id.org/attache/graph/article/hardening";

    @TempDir
    Path dir;

    @Test
    void loadOfALocalFileOrAUrlIsRefused() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.ttl"), "<http://example.org/s> <http://example.org/p> 'secret' .\n");
        try (Outside outside = new Outside(); Writer writer = new Writer(dir)) {
            assertRefusedAndNothingLeft(writer, outside, "LOAD <" + secret.toUri() + ">",
                    "LOAD <" + secret.toUri() + "> INTO GRAPH <" + G + ">", "LOAD SILENT <file:///etc/hostname>",
                    "LOAD <" + outside.url + ">");
        }
    }

    @Test
    void serviceInAnUpdateIsRefusedWithoutTheAllowList() throws Exception {
        try (Outside outside = new Outside(); Writer writer = new Writer(dir)) {
            assertRefusedAndNothingLeft(writer, outside,
                    "INSERT { GRAPH <" + G + "> { ?s ?p ?o } } WHERE { SERVICE <" + outside.url + "> { ?s ?p ?o } }",
                    "DELETE { GRAPH <" + G + "> { ?s ?p ?o } } WHERE { GRAPH <" + G + "> { ?s ?p ?o } FILTER NOT EXISTS { SERVICE <"
                            + outside.url + "> { ?s ?p ?o } } }");
        }
    }

    /** Each update gets 403, the store keeps its one quad, and nothing reaches the outside. */
    private static void assertRefusedAndNothingLeft(Writer writer, Outside outside, String... updates) throws Exception {
        for (String update : updates) {
            HttpResponse<String> response = writer.update(update, "application/sparql-update", null);
            assertEquals(403, response.statusCode(), update + ": " + response.body());
        }
        assertEquals(1, writer.quads(), "nothing written");
        assertEquals(0, outside.requests.get(), "no request left the server");
    }

    @Test
    void formEncodedUpdateFromAnotherSiteIsRefused() throws Exception {
        String insert = "INSERT DATA { GRAPH <" + G + "> { <http://example.org/csrf> <http://example.org/p> 'planted' } }";
        try (Writer writer = new Writer(dir)) {
            HttpResponse<String> form = writer.update("update=" + Http.encode(insert), "application/x-www-form-urlencoded", "https://evil.example");
            assertTrue(form.statusCode() == 403 || form.statusCode() == 415, "a form from another site: " + form.statusCode());
            HttpResponse<String> sameSiteForm = writer.update("update=" + Http.encode(insert), "application/x-www-form-urlencoded", null);
            assertEquals(415, sameSiteForm.statusCode(), "a form-encoded update, even without an Origin");
            HttpResponse<String> foreign = writer.update(insert, "application/sparql-update", "https://evil.example");
            assertEquals(403, foreign.statusCode(), "a sparql-update body from another Origin");
            assertEquals(1, writer.quads(), "nothing written");
            int status = writer.update(insert, "application/sparql-update", null).statusCode();
            assertTrue(status == 200 || status == 204, "the writer itself may still write: " + status);
            assertEquals(2, writer.quads());
        }
    }

    /** A server with update for alice over a store of one quad. */
    private static final class Writer implements AutoCloseable {
        final DatasetGraph dsg = EndpointHardeningIT.datasetOf(1);
        final SparqlServer server;

        Writer(Path dir) throws Exception {
            Path passwords = Files.writeString(dir.resolve("passwd"), "alice: s3cret\n");
            server = SparqlServer.create().dataset(dsg).port(0).update(passwords).build().start();
        }

        HttpResponse<String> update(String body, String type, String origin) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.sparqlUrl().replace("/sparql", "/update")))
                    .header("Content-Type", type)
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("alice:s3cret".getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (origin != null) {
                request.header("Origin", origin);
            }
            return Http.send(request, Duration.ofSeconds(30));
        }

        long quads() {
            return Txn.calculateRead(dsg, () -> dsg.stream().count());
        }

        @Override
        public void close() {
            server.stop();
        }
    }

    /** A loopback HTTP server that stands for the rest of the world and counts what reaches it. */
    static final class Outside implements AutoCloseable {
        final AtomicInteger requests = new AtomicInteger();
        final HttpServer http;
        final String url;

        Outside() throws Exception {
            http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            http.createContext("/", exchange -> {
                requests.incrementAndGet();
                byte[] turtle = "<http://example.org/s> <http://example.org/p> 'fetched' .\n".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "text/turtle");
                exchange.sendResponseHeaders(200, turtle.length);
                exchange.getResponseBody().write(turtle);
                exchange.close();
            });
            http.start();
            url = "http://127.0.0.1:" + http.getAddress().getPort() + "/data";
        }

        @Override
        public void close() {
            http.stop(0);
        }
    }
}

package org.w3id.attache.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;

/**
 * Queries as an attacker writes them (issue 14): regular expressions that backtrack for minutes,
 * SERVICE hidden inside expressions, class loading through {@code java:} IRIs, markup smuggled into
 * the results through {@code stylesheet=} and {@code callback=}. Every server takes port 0.
 */
class QueryAttacksIT {
    /** Matching this against 40 a's and a '!' backtracks for minutes. */
    private static final String BOMB_TEXT = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!";
    private static final String BOMB = "(.*a){25}$";

    @Test
    void regexBombEndsAtTimeoutWith503() throws Exception {
        String fn = "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> ";
        List<String> bombs = List.of(
                "ASK { BIND(\"" + BOMB_TEXT + "\" AS ?s) FILTER(REGEX(?s, \"" + BOMB + "\")) }",
                "ASK { FILTER(REGEX(\"" + BOMB_TEXT + "\", \"" + BOMB + "\")) }",
                "SELECT (REPLACE(\"" + BOMB_TEXT + "\", \"" + BOMB + "\", \"x\") AS ?r) {}",
                fn + "ASK { BIND(\"" + BOMB_TEXT + "\" AS ?s) FILTER(fn:matches(?s, \"" + BOMB + "\")) }",
                "ASK { ?x ?p ?o FILTER EXISTS { BIND(\"" + BOMB_TEXT + "\" AS ?s) FILTER(REGEX(?s, \"" + BOMB + "\")) } }",
                "SELECT * { { SELECT ?s { BIND(\"" + BOMB_TEXT + "\" AS ?s) FILTER(REGEX(?s, \"" + BOMB + "\", \"i\")) } } }");
        try (SparqlServer server = SparqlServer.create().dataset(EndpointHardeningIT.datasetOf(3)).port(0)
                .queryTimeout(Duration.ofSeconds(1)).build().start()) {
            for (String bomb : bombs) {
                long start = System.nanoTime();
                HttpResponse<String> response = Http.query(server, bomb, Duration.ofSeconds(20));
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                assertEquals(503, response.statusCode(), bomb + ": " + response.body());
                assertTrue(took.compareTo(Duration.ofSeconds(3)) < 0, bomb + " took " + took);
            }
            HttpResponse<String> harmless = Http.query(server, "SELECT (REPLACE(\"Aung San\", \"a\", \"o\", \"i\") AS ?r) "
                    + "{ FILTER(REGEX(\"Aung San\", \"^aung\", \"i\")) }", Duration.ofSeconds(20));
            assertEquals(200, harmless.statusCode(), harmless.body());
            assertTrue(harmless.body().contains("\"ung Son\"") || harmless.body().contains("ung Son"), harmless.body());
        }
    }

    @Test
    void serviceInsideFilterNotExistsIsRefusedWith403AndLoggedOnce() throws Exception {
        DatasetGraph dsg = EndpointHardeningIT.datasetOf(60); // 3,600 rows for a cartesian product
        List<String> hidden = List.of(
                "SELECT * { ?a ?b ?c . ?d ?e ?f FILTER NOT EXISTS { SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } } }",
                "SELECT * { ?a ?b ?c FILTER EXISTS { SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } } } LIMIT 3",
                "SELECT * { ?a ?b ?c BIND(EXISTS { SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } } AS ?x) }",
                "SELECT * { ?a ?b ?c FILTER(?c != 'x' || NOT EXISTS { SERVICE ?e { ?s ?p ?o } }) }");
        PrintStream stderr = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (SparqlServer server = SparqlServer.create().dataset(dsg).port(0).build().start()) {
            System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
            for (String query : hidden) {
                HttpResponse<String> response = Http.query(server, query, Duration.ofSeconds(60));
                assertEquals(403, response.statusCode(), query + ": " + response.body());
                assertTrue(response.body().contains("not allowed"), response.body());
            }
        } finally {
            System.setErr(stderr);
        }
        String written = log.toString(StandardCharsets.UTF_8);
        assertFalse(written.contains("\tat "), "no stack trace in the log:\n" + written.substring(0, Math.min(3000, written.length())));
        long refusals = written.lines().filter(l -> l.contains("not allowed")).count();
        assertTrue(refusals <= hidden.size(), "each refusal logged once: " + refusals + " lines\n" + written);
    }

    @Test
    void javaFunctionIriLoadsNoClass() throws Exception {
        String canary = ClassLoadCanary.class.getName();
        System.clearProperty(ClassLoadCanary.LOADED);
        try (SparqlServer server = SparqlServer.create().dataset(EndpointHardeningIT.datasetOf(1)).port(0).build().start()) {
            for (String query : List.of("SELECT (<java:" + canary + ">(1) AS ?x) {}",
                    "SELECT * { ?s <java:" + canary + "> ?o }",
                    "SELECT (CALL(IRI(CONCAT('java:', '" + canary + "')), 1) AS ?x) {}")) {
                HttpResponse<String> response = Http.query(server, query, Duration.ofSeconds(20));
                assertTrue(response.statusCode() == 403 || response.statusCode() == 200, query + ": " + response.statusCode());
                assertNull(System.getProperty(ClassLoadCanary.LOADED), query + " loaded " + canary);
            }
        }
    }

    @Test
    void stylesheetAndCallbackParametersAreRefused() throws Exception {
        try (SparqlServer server = SparqlServer.create().dataset(EndpointHardeningIT.datasetOf(1)).port(0).build().start()) {
            String base = server.sparqlUrl() + "?query=" + Http.encode("SELECT * { ?s ?p ?o }");
            String stylesheet = "&stylesheet=" + Http.encode("x\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><script>alert(1)</script><!--");
            String callback = "&callback=" + Http.encode("alert(document.domain);foo");
            HttpResponse<String> xml = Http.send(HttpRequest.newBuilder(URI.create(base + stylesheet))
                    .header("Accept", "application/sparql-results+xml").GET(), Duration.ofSeconds(20));
            assertFalse(xml.body().contains("<script>"), xml.body());
            assertEquals(400, xml.statusCode(), xml.body());
            HttpResponse<String> jsonp = Http.send(HttpRequest.newBuilder(URI.create(base + callback))
                    .header("Accept", Http.JSON_RESULTS).GET(), Duration.ofSeconds(20));
            assertFalse(jsonp.body().contains("alert("), jsonp.body());
            assertEquals(400, jsonp.statusCode(), jsonp.body());
        }
    }
}

package org.w3id.attache.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3id.attache.store.Store;
import org.w3id.attache.web.WebFixture;

/**
 * The home page, the entity search behind its box, and Fuseki's UI at its new path, over the web
 * fixture (counts checked against {@code site.trig} by hand) plus one entity with a hostile name.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HomePageIT {
    /** A name that would run script if it were printed unescaped into HTML or broke out of a JSON string. */
    private static final String PLANTED = """
            PREFIX att:  <https://w3id.org/attache/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            <https://w3id.org/attache/graph/entities> {
                <https://w3id.org/attache/id/person/x> a att:Person ; rdfs:label "Putz</script><script>alert(1)</script>\\"}"@en .
            }
            """;
    private Store store;
    private SparqlServer server;
    private String root;

    @BeforeAll
    void start() {
        store = WebFixture.store();
        DatasetGraph planted = DatasetGraphFactory.create();
        RDFParser.fromString(PLANTED, Lang.TRIG).parse(planted);
        store.addQuads(planted);
        server = SparqlServer.create().dataset(store.datasetGraph()).port(0).build().start();
        root = server.homeUrl();
    }

    @AfterAll
    void stop() {
        server.stop();
        store.close();
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + path)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return Http.send(request, Duration.ofSeconds(30));
    }

    @Test
    void theHomePageTellsWhatTheStoreHolds() throws Exception {
        HttpResponse<String> home = get("/", "text/html");
        assertEquals(200, home.statusCode());
        String html = home.body();
        // a1 (Example News, 2025-05-09) and a2 (no outlet, 2024-06-01)
        assertTrue(html.contains("2 articles from 1 outlet, published 2024-06-01 to 2025-05-09."), html);
        // visits f1, f4 (negated, still a report), f5; meeting f2; post holding f3
        assertTrue(html.contains("<tr><td>Visit</td><td>3</td></tr><tr><td>Meeting</td><td>1</td></tr><tr><td>PostHolding</td><td>1</td></tr>"), html);
        // merged: the two visits that happened, the meeting; nothing else
        assertTrue(html.contains("<tr><td>visit</td><td>2</td></tr><tr><td>meeting</td><td>1</td></tr><tr><td>cooperation</td><td>0</td></tr>"), html);
        // latest first: the visit of 7 May 2025, the meeting of May 2025 (first day 1 May), the visit of 2024
        int visit = html.indexOf(">2025-05-07</a></td><td>Visit</td><td><a href=\"/id/person/min-aung-hlaing\">Min Aung Hlaing</a></td>"
                + "<td><a href=\"/id/place/moscow\">Moscow</a></td><td>1</td>");
        int meeting = html.indexOf(">2025-05-01</a></td><td>Meeting</td>");
        int beijing = html.indexOf(">2024-01-01</a></td><td>Visit</td><td><a href=\"/id/person/vladimir-putin\">Vladimir Putin</a></td>"
                + "<td><a href=\"/id/place/beijing\">Beijing</a></td>");
        assertTrue(visit > 0 && meeting > visit && beijing > meeting, html);
        for (String link : List.of("href=\"/relations\"", "href=\"/timeline\"", "href=\"/queries\"",
                "href=\"/sparql-ui/#/dataset/attache/query\"", "<script src=\"/assets/search.js\" defer=\"defer\"></script>",
                "<form method=\"get\" action=\"/search\"")) {
            assertTrue(html.contains(link), link);
        }
    }

    @Test
    void theSearchAnswersJsonForTheScriptAndHtmlWithoutIt() throws Exception {
        HttpResponse<String> json = get("/search?q=PUT&offset=0", "application/json");
        assertEquals(200, json.statusCode());
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject answer = JSON.parse(json.body());
        JsonArray results = answer.get("results").getAsArray();
        // "Vladimir Putin" contains "put"; so does the planted "Putz…", which starts with it and ranks first
        assertEquals(2, results.size(), json.body());
        JsonObject putz = results.get(0).getAsObject();
        assertEquals("Putz</script><script>alert(1)</script>\"}", putz.get("label").getAsString().value());
        assertEquals("prefix", putz.get("match").getAsString().value());
        JsonObject putin = results.get(1).getAsObject();
        assertEquals("https://w3id.org/attache/id/person/vladimir-putin", putin.get("iri").getAsString().value());
        assertEquals("/id/person/vladimir-putin", putin.get("page").getAsString().value());
        assertEquals("Q7747", putin.get("wikidata").getAsString().value());
        assertEquals("Russia", putin.get("country").getAsString().value());
        assertFalse(answer.hasKey("next"));

        HttpResponse<String> html = get("/search?q=put", "text/html");
        assertEquals(200, html.statusCode());
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(html.body().contains("<a href=\"/id/person/vladimir-putin\">Vladimir Putin</a><span class=\"muted\"> — Person, Russia,"
                + " Wikidata Q7747</span>"), html.body());
        assertTrue(html.body().contains("Putz&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&quot;}"), html.body());
        assertFalse(html.body().contains("<script>alert"), html.body());
    }

    @Test
    void badSearchesAreRefusedWithTheReason() throws Exception {
        for (String path : List.of("/search", "/search?q=%20", "/search?q=put&offset=x", "/search?q=put&offset=-1",
                "/search?q=put&offset=99999999", "/search?q=" + "a".repeat(201))) {
            HttpResponse<String> json = get(path, "application/json");
            assertEquals(400, json.statusCode(), path);
            assertTrue(JSON.parse(json.body()).get("error").getAsString().value().startsWith("bad search: "), json.body());
            assertEquals(400, get(path, "text/html").statusCode(), path);
        }
    }

    @Test
    void everyNewRouteGetsTheSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/search?q=put", "/search", "/assets/search.js", "/sparql-ui/", "/sparql-ui")) {
            HttpResponse<String> response = get(path, null);
            assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY, response.headers().firstValue("Content-Security-Policy").orElse(""), path);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(""), path);
        }
        assertTrue(get("/assets/search.js", null).headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
    }

    @Test
    void fusekisUiLivesAtItsOwnPathAndFindsTheServerFromThere() throws Exception {
        HttpResponse<String> ui = get("/sparql-ui/", "text/html");
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().contains("<div id=\"app\"") && ui.body().contains(ReadOnlyUi.STYLE), "the UI's page, read-only");
        HttpResponse<String> moved = get("/sparql-ui", null);
        assertEquals(301, moved.statusCode());
        assertEquals("/sparql-ui/", moved.headers().firstValue("Location").orElse(""));
        // what the UI asks relative to its own location
        assertTrue(get("/sparql-ui/$/server", "application/json").body().contains("\"sparql\""));
        assertEquals(200, get("/sparql-ui/$/ping", null).statusCode());
        HttpResponse<String> ask = get("/sparql-ui/attache/sparql?query=" + Http.encode("ASK { ?s ?p ?o }"), Http.JSON_RESULTS);
        assertEquals(200, ask.statusCode());
        assertTrue(ask.body().contains("true"), ask.body());
        String script = ui.body().replaceAll("(?s).*src=\"\\./(static/[^\"]+\\.js)\".*", "$1");
        assertEquals(200, get("/sparql-ui/" + script, null).statusCode(), script);
        // and the update endpoint does not appear there either
        assertEquals(404, get("/sparql-ui/attache/update", null).statusCode());
        assertEquals(404, get("/sparql-ui/anything-else", null).statusCode());
    }
}

package org.w3id.attache.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.w3id.attache.store.Store;
import org.w3id.attache.web.WebFixture;

/**
 * The pages as an attacker who wrote the store would have them (issue 14, item 4): links that run
 * script, and pages framed or sniffed into another type; and pages or graph reads too big to make.
 */
class PageAttacksIT {
    private static final String PLANTED = """
            PREFIX att: <https://w3id.org/attache/ontology#>
            PREFIX schema: <http://schema.org/>
            PREFIX id: <https://w3id.org/attache/id/>
            GRAPH <https://w3id.org/attache/graph/entities> {
                id:person\\/vladimir-putin att:country <javascript:alert(document.domain)//> .
            }
            GRAPH <https://w3id.org/attache/graph/metadata> {
                id:article\\/a1 schema:url " JavaScript:alert(document.domain)//" .
                id:article\\/a2 schema:url "javascript:alert(document.domain)//" .
            }
            """;
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

    @Test
    void javascriptUrlsInTheStoreNeverBecomeHrefs() throws Exception {
        try (Store store = WebFixture.store()) {
            DatasetGraph planted = DatasetGraphFactory.create();
            RDFParser.fromString(PLANTED, Lang.TRIG).parse(planted);
            store.addQuads(planted);
            try (SparqlServer server = SparqlServer.create().dataset(store.datasetGraph()).port(0).build().start()) {
                for (String page : List.of("/id/article/a1", "/id/article/a2", "/id/person/vladimir-putin", "/timeline", "/",
                        "/relations", "/search?q=a", "/relations/events?a=" + Http.encode(WebFixture.BASE + "state/myanmar") + "&b="
                        + Http.encode(WebFixture.BASE + "state/russia"))) {
                    HttpResponse<String> response = Http.send(HttpRequest.newBuilder(URI.create(server.homeUrl() + page))
                            .header("Accept", "text/html").GET(), Duration.ofSeconds(30));
                    assertEquals(200, response.statusCode(), page);
                    List<String> hrefs = hrefs(response.body());
                    assertFalse(hrefs.isEmpty(), page + " has links");
                    for (String href : hrefs) {
                        assertTrue(href.startsWith("/") || href.startsWith("#") || href.startsWith("http://")
                                || href.startsWith("https://"), page + " links to " + href);
                    }
                }
            }
        }
    }

    @Test
    void everyPageForbidsScriptsFramingAndSniffing() throws Exception {
        try (Store store = WebFixture.store();
                SparqlServer server = SparqlServer.create().dataset(store.datasetGraph()).port(0).build().start()) {
            for (String path : List.of("/", "/queries", "/timeline", "/relations", "/search?q=put", "/reconcile", "/sparql-ui/",
                    "/assets/search.js", "/id/person/vladimir-putin", "/id/article/a1.ttl",
                    "/attache/sparql?query=" + Http.encode("ASK {}"), "/id/nothing-here", "/$/ping")) {
                HttpResponse<String> response = Http.get(server.homeUrl() + path);
                String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
                assertTrue(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"), path + ": CSP " + csp);
                assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), path);
                assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(""), path);
            }
        }
    }

    @Test
    void pagesAndGraphReadsStopAtTheRowLimit() throws Exception {
        try (Store store = WebFixture.store();
                SparqlServer server = SparqlServer.create().dataset(store.datasetGraph()).port(0).maxRows(20).build().start();
                SparqlServer roomy = SparqlServer.create().dataset(store.datasetGraph()).port(0).build().start()) {
            String article = "/id/article/a1";
            String graphRead = "/attache/get?graph=" + Http.encode("https://w3id.org/attache/graph/article/a1");
            assertEquals(200, Http.get(roomy.homeUrl() + article).statusCode());
            assertEquals(200, Http.get(roomy.homeUrl() + graphRead).statusCode());
            assertEquals(503, Http.get(server.homeUrl() + article).statusCode(), "a page reading more than 20 triples");
            assertEquals(503, Http.get(server.homeUrl() + "/timeline").statusCode(), "the timeline, reading more than 20 triples");
            HttpResponse<String> big = Http.get(server.homeUrl() + graphRead);
            assertEquals(403, big.statusCode(), "a graph of more than 20 triples: " + big.body());
        }
    }

    /** The pages that read the store with SPARQL stop at the query timeout and say so with 503. */
    @Test
    void sparqlPagesStopAtTheQueryTimeout() throws Exception {
        try (Store store = WebFixture.store();
                SparqlServer server = SparqlServer.create().dataset(store.datasetGraph()).port(0).queryTimeout(Duration.ofMillis(1))
                        .build().start()) {
            for (String path : List.of("/", "/relations", "/reconcile?queries=" + Http.encode("{\"q\":{\"query\":\"put\"}}"))) {
                HttpResponse<String> response = Http.get(server.homeUrl() + path);
                assertEquals(503, response.statusCode(), path + ": " + response.body());
            }
        }
    }

    private static List<String> hrefs(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = HREF.matcher(html);
        while (m.find()) {
            out.add(m.group(1).replace("&amp;", "&").strip());
        }
        return out;
    }
}

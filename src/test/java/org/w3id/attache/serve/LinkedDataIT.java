package org.w3id.attache.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3id.attache.imports.ExchangeFixtures;
import org.w3id.attache.store.Store;
import org.w3id.attache.web.WebFixture;

/** The minted IRIs over HTTP: content negotiation, suffixes, 404, the base, and the pages beside them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinkedDataIT {
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8";
    private Store store;
    private SparqlServer server;
    private String root;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() {
        store = WebFixture.store();
        server = SparqlServer.create().dataset(store.datasetGraph()).port(0)
                .queries(Map.of("visits", "# Competency question: visits?\nSELECT * WHERE { ?s ?p ?o }"))
                .build().start();
        root = server.homeUrl();
    }

    @AfterAll
    void stop() {
        server.stop();
        store.close();
    }

    private HttpResponse<byte[]> get(String url, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Model parse(byte[] body, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).parse(m);
        return m;
    }

    private static String type(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    @Test
    void turtleByAcceptParsesAndDescribesTheEntity() throws Exception {
        HttpResponse<byte[]> response = get(root + "/id/person/vladimir-putin", "text/turtle");
        assertEquals(200, response.statusCode());
        assertTrue(type(response).startsWith("text/turtle"), type(response));
        assertEquals(List.of("Accept"), response.headers().allValues("Vary"));
        Model m = parse(response.body(), Lang.TURTLE);
        assertEquals("Vladimir Putin", m.getResource(WebFixture.BASE + "person/vladimir-putin").getProperty(RDFS.label).getString());
    }

    @Test
    void everyFormatByAcceptAndBySuffix() throws Exception {
        Map<String, Lang> byAccept = Map.of("application/ld+json", Lang.JSONLD, "application/n-triples", Lang.NTRIPLES,
                "text/turtle;q=0.5, application/n-triples", Lang.NTRIPLES);
        for (Map.Entry<String, Lang> e : byAccept.entrySet()) {
            HttpResponse<byte[]> response = get(root + "/id/state/russia", e.getKey());
            assertEquals(200, response.statusCode(), e.getKey());
            assertTrue(parse(response.body(), e.getValue()).contains(null, RDFS.label, "Russia", "en"), e.getKey());
        }
        Map<String, Lang> bySuffix = Map.of(".ttl", Lang.TURTLE, ".jsonld", Lang.JSONLD, ".nt", Lang.NTRIPLES);
        for (Map.Entry<String, Lang> e : bySuffix.entrySet()) {
            // the suffix wins over the Accept header
            HttpResponse<byte[]> response = get(root + "/id/state/russia" + e.getKey(), "text/html");
            assertEquals(200, response.statusCode(), e.getKey());
            assertTrue(type(response).startsWith(e.getValue().getHeaderString()), e.getKey() + " " + type(response));
            assertTrue(parse(response.body(), e.getValue()).contains(null, RDFS.label, "Russia", "en"), e.getKey());
        }
    }

    @Test
    void browsersGetThePageAndAnythingGoesGetsTurtle() throws Exception {
        HttpResponse<byte[]> page = get(root + "/id/person/vladimir-putin", BROWSER_ACCEPT);
        assertEquals(200, page.statusCode());
        assertTrue(type(page).startsWith("text/html"));
        assertTrue(new String(page.body(), StandardCharsets.UTF_8).contains("<h1>Vladimir Putin</h1>"));
        assertTrue(get(root + "/id/person/vladimir-putin.html", "text/turtle").statusCode() == 200);
        assertTrue(type(get(root + "/id/person/vladimir-putin", "*/*")).startsWith("text/turtle"));
        assertTrue(type(get(root + "/id/person/vladimir-putin", null)).startsWith("text/turtle"));
        assertEquals(406, get(root + "/id/person/vladimir-putin", "image/png").statusCode());
    }

    @Test
    void anEntityPageIsPagedByOffsetAndABadOffsetIsRefused() throws Exception {
        HttpResponse<byte[]> later = get(root + "/id/person/vladimir-putin?offset=1", BROWSER_ACCEPT);
        assertEquals(200, later.statusCode());
        String page = new String(later.body(), StandardCharsets.UTF_8);
        assertTrue(page.contains("(from articles 2–2 of 2, newest first)") && page.contains("← newer articles"), page);
        for (String bad : List.of("-1", "x", "99999999999")) {
            HttpResponse<byte[]> refused = get(root + "/id/person/vladimir-putin?offset=" + bad, BROWSER_ACCEPT);
            assertEquals(400, refused.statusCode(), bad);
            assertTrue(new String(refused.body(), StandardCharsets.UTF_8).contains("offset must be a whole number"), bad);
        }
    }

    @Test
    void everyMintedIriResolvesAndTheUnknownAreNotFound() throws Exception {
        DatasetGraph fixture = RDFDataMgr.loadDatasetGraph(WebFixture.FILE.toString());
        List<String> minted = new ArrayList<>();
        fixture.find().forEachRemaining(q -> {
            for (Node n : List.of(q.getSubject(), q.getObject())) {
                if (n.isURI() && n.getURI().startsWith(WebFixture.BASE) && !n.getURI().contains("#") && !minted.contains(n.getURI())) {
                    minted.add(n.getURI());
                }
            }
        });
        assertEquals(16, minted.size(), "2 articles, 5 facts, 9 entities: " + minted);
        for (String iri : minted) {
            String url = root + "/id/" + iri.substring(WebFixture.BASE.length());
            assertEquals(200, get(url, "text/turtle").statusCode(), url);
            assertEquals(200, get(url, BROWSER_ACCEPT).statusCode(), url);
        }
        for (String unknown : List.of("/id/person/nobody", "/id/person/nobody.ttl", "/id/", "/id/person", "/id/%3Cscript%3E")) {
            assertEquals(404, get(root + unknown, "text/turtle").statusCode(), unknown);
            assertEquals(404, get(root + unknown, BROWSER_ACCEPT).statusCode(), unknown);
        }
    }

    @Test
    void theBaseMakesTheServedUrlsTheIris() throws Exception {
        // a store minted under the server's own URL: then /id/… is the IRI itself
        try (Store own = Store.inMemory(); SparqlServer probe = SparqlServer.create().dataset(own.datasetGraph()).port(0).build()) {
            probe.start();
            String base = probe.homeUrl() + "/id/";
            String trig = "<" + base + "state/russia> <" + RDFS.label.getURI() + "> \"Russia\" .";
            DatasetGraph quads = DatasetGraphFactory.createTxnMem();
            RDFParser.fromString("<http://example.org/g> { " + trig + " }", Lang.TRIG).parse(quads);
            own.addQuads(quads);
            probe.stop();
            int port = probe.port();
            try (SparqlServer deployed = SparqlServer.create().dataset(own.datasetGraph()).port(port).instanceBase(base).build()) {
                deployed.start();
                HttpResponse<byte[]> response = get(base + "state/russia", "text/turtle");
                assertEquals(200, response.statusCode());
                assertTrue(parse(response.body(), Lang.TURTLE).contains(
                        ModelFactory.createDefaultModel().createResource(base + "state/russia"), RDFS.label, "Russia"));
            }
        }
        // the default base does not cover them
        assertEquals(404, get(root + "/id/state/nowhere", "text/turtle").statusCode());
    }

    @Test
    void aBadBaseIsRefusedByTheBuilder() {
        for (String bad : List.of("ftp://x.org/id/", "https://x.org/id", "not an iri/")) {
            IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> SparqlServer.create().dataset(store.datasetGraph()).port(0).instanceBase(bad).build());
            assertTrue(e.getMessage().contains("instance base"), e.getMessage());
        }
    }

    @Test
    void pagesAndTheEditorAreServedAndWritesAreRefused() throws Exception {
        DatasetGraph before = ExchangeFixtures.snapshot(store);
        HttpResponse<byte[]> timeline = get(root + "/timeline?actor=" + WebFixture.BASE + "person/vladimir-putin", BROWSER_ACCEPT);
        assertEquals(200, timeline.statusCode());
        assertTrue(new String(timeline.body(), StandardCharsets.UTF_8).contains("<svg"));
        assertTrue(new String(get(root + "/queries", null).body(), StandardCharsets.UTF_8).contains("visits</a> — visits?"));
        // Fuseki's UI (moved from / to /sparql-ui/): its page, its list of datasets, nothing of the admin module
        HttpResponse<byte[]> ui = get(root + "/sparql-ui/", BROWSER_ACCEPT);
        assertEquals(200, ui.statusCode());
        assertTrue(new String(ui.body(), StandardCharsets.UTF_8).contains("<div id=\"app\""), "the UI's index.html");
        String server = new String(get(root + "/$/server", "application/json").body(), StandardCharsets.UTF_8);
        assertTrue(server.contains("\"sparql\""), server);
        assertEquals(200, get(root + "/$/ping", null).statusCode());
        for (String admin : List.of("/$/datasets", "/$/backup/attache", "/$/compact/attache", "/attache/upload", "/attache/data")) {
            HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(root + admin))
                    .header("Content-Type", "text/turtle").POST(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(post.statusCode() >= 400 && post.statusCode() < 500, admin + " answered " + post.statusCode());
        }
        for (String page : List.of("/id/person/vladimir-putin", "/timeline", "/queries")) {
            HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(root + page))
                    .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(405, post.statusCode(), page);
        }
        DatasetGraph after = ExchangeFixtures.snapshot(store);
        assertEquals(ExchangeFixtures.size(before), ExchangeFixtures.size(after));
    }
}

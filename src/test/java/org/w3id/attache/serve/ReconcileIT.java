package org.w3id.attache.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3id.attache.reconcile.ReconcileSchemas;
import org.w3id.attache.store.Store;
import org.w3id.attache.web.WebFixture;

/** {@code /reconcile} over HTTP as OpenRefine uses it: the manifest by GET, batches by GET and by POSTed form. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReconcileIT {
    private static final String BATCH = "{\"q0\":{\"query\":\"Vladimir Putin\",\"type\":\"Person\",\"limit\":3}}";
    private Store store;
    private SparqlServer server;

    @BeforeAll
    void start() {
        store = WebFixture.store();
        server = SparqlServer.create().dataset(store.datasetGraph()).port(0).build().start();
    }

    @AfterAll
    void stop() {
        server.stop();
        store.close();
    }

    private String url() {
        return server.homeUrl() + "/reconcile";
    }

    private static void assertPutin(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        ReconcileSchemas.assertValid(ReconcileSchemas.RESULT_BATCH, response.body());
        JsonObject putin = JSON.parse(response.body()).get("q0").getAsObject().get("result").getAsArray().get(0).getAsObject();
        assertEquals("person/vladimir-putin", putin.get("id").getAsString().value());
        assertEquals("Q7747", putin.get("wikidata").getAsString().value());
        assertTrue(putin.get("match").getAsBoolean().value());
    }

    @Test
    void theManifestNamesThisServerForViews() throws Exception {
        HttpResponse<String> manifest = Http.get(url());
        assertEquals(200, manifest.statusCode());
        ReconcileSchemas.assertValid(ReconcileSchemas.MANIFEST, manifest.body());
        String view = JSON.parse(manifest.body()).get("view").getAsObject().get("url").getAsString().value();
        assertEquals(server.homeUrl() + "/id/{{id}}", view);
        // the view of a candidate's id is its page
        assertEquals(200, Http.get(view.replace("{{id}}", "person/vladimir-putin")).statusCode());
        assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY, manifest.headers().firstValue("Content-Security-Policy").orElse(""));
    }

    @Test
    void aBatchIsAnsweredByGetAndByPostedForm() throws Exception {
        assertPutin(Http.get(url() + "?queries=" + Http.encode(BATCH)));
        assertPutin(Http.send(HttpRequest.newBuilder(URI.create(url())).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("queries=" + Http.encode(BATCH))), Duration.ofSeconds(30)));
    }

    @Test
    void badBatchesGet400WithTheReasonInJson() throws Exception {
        HttpResponse<String> bad = Http.get(url() + "?queries=" + Http.encode("{\"q0\":"));
        assertEquals(400, bad.statusCode());
        assertTrue(JSON.parse(bad.body()).get("error").getAsString().value().startsWith("bad reconciliation queries: queries are not valid JSON"),
                bad.body());
        HttpResponse<String> empty = Http.send(HttpRequest.newBuilder(URI.create(url())).header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("q=x")), Duration.ofSeconds(30));
        assertEquals(400, empty.statusCode());
        assertTrue(empty.body().contains("no queries"), empty.body());
    }
}

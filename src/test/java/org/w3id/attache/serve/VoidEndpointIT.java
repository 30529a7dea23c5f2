package org.w3id.attache.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3id.attache.describe.DatasetDescription;
import org.w3id.attache.imports.ExchangeFixtures;
import org.w3id.attache.store.Store;

/** {@code /attache/void}: the description served beside the endpoint, with the endpoint's real URL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VoidEndpointIT {
    private Store store;
    private SparqlServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() {
        store = ExchangeFixtures.storeWithTwoArticles();
        server = SparqlServer.create().dataset(store.datasetGraph()).port(0)
                .description(endpoint -> store.read(ds -> DatasetDescription.create().endpoint(endpoint).describe(ds.asDatasetGraph())))
                .build().start();
    }

    @AfterAll
    void stop() {
        server.stop();
        store.close();
    }

    private HttpResponse<byte[]> get(String url, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Model parse(byte[] body, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).parse(m);
        return m;
    }

    private static long triples(Model m) {
        return m.listObjectsOfProperty(m.createResource("https://w3id.org/attache/id/dataset"),
                m.createProperty(DatasetDescription.VOID + "triples")).next().asLiteral().getLong();
    }

    @Test
    void turtleByDefaultWithTheEndpointAsServedAndTheStoresCounts() throws Exception {
        HttpResponse<byte[]> r = get(server.descriptionUrl(), "*/*");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Model m = parse(r.body(), Lang.TURTLE);
        assertTrue(m.contains(m.createResource("https://w3id.org/attache/id/dataset"),
                m.createProperty(DatasetDescription.VOID + "sparqlEndpoint"), m.createResource(server.sparqlUrl())));
        assertEquals(store.stats().get("quads").longValue(), triples(m));
    }

    @Test
    void jsonLdWhenAskedFor() throws Exception {
        HttpResponse<byte[]> r = get(server.descriptionUrl(), "application/ld+json");
        assertEquals(200, r.statusCode());
        assertEquals(store.stats().get("quads").longValue(), triples(parse(r.body(), Lang.JSONLD)));
    }

    @Test
    void theDescriptionCannotBeWritten() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.descriptionUrl()))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, r.statusCode());
    }

    @Test
    void aServerWithoutADescriptionHasNoSuchPage() throws Exception {
        try (SparqlServer plain = SparqlServer.create().dataset(store.datasetGraph()).port(0).build().start()) {
            assertEquals(404, get(plain.descriptionUrl(), "*/*").statusCode());
        }
    }
}

package org.w3id.attache.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.attache.describe.DatasetDescription;
import org.w3id.attache.imports.ExchangeFixtures;
import org.w3id.attache.store.Store;

/** The Low items of issue 14 that concern {@code serve}, one test each. Port 0, loopback only. */
class ServeLowAttacksIT {

    @Test
    void allowedServiceRedirectToAnotherHostIsNotFollowed() throws Exception {
        try (UpdateAttacksIT.Outside other = new UpdateAttacksIT.Outside()) {
            HttpServer allowed = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            String elsewhere = other.url.replace("127.0.0.1", "localhost");
            allowed.createContext("/", exchange -> {
                exchange.getResponseHeaders().add("Location", elsewhere);
                exchange.sendResponseHeaders(307, -1);
                exchange.close();
            });
            allowed.start();
            String allowedUrl = "http://127.0.0.1:" + allowed.getAddress().getPort() + "/sparql";
            try (SparqlServer server = SparqlServer.create().dataset(EndpointHardeningIT.datasetOf(1)).port(0)
                    .allowService(allowedUrl).build().start()) {
                HttpResponse<String> response = Http.query(server, "SELECT * { SERVICE <" + allowedUrl + "> { ?s ?p ?o } }",
                        Duration.ofSeconds(30));
                assertNotEquals(200, response.statusCode(), response.body());
                assertEquals(0, other.requests.get(), "the redirect was followed to " + elsewhere);
            } finally {
                allowed.stop(0);
            }
        }
    }

    @Test
    void hostHeaderIsNotCopiedIntoTheVoidDescription() throws Exception {
        try (Store store = ExchangeFixtures.storeWithTwoArticles();
                SparqlServer server = SparqlServer.create().dataset(store.datasetGraph()).port(0)
                        .description(endpoint -> store.read(ds -> DatasetDescription.create().endpoint(endpoint).describe(ds.asDatasetGraph())))
                        .build().start()) {
            String response = RawHttp.exchange(server.port(), "GET /attache/void HTTP/1.1\r\nHost: evil.example\r\n"
                    + "Accept: text/turtle\r\nConnection: close\r\n\r\n");
            assertTrue(response.startsWith("HTTP/1.1 200"), response);
            assertFalse(response.contains("evil.example"), response);
            assertTrue(response.contains(server.sparqlUrl()), response);
        }
    }

    @Test
    void statsAndValidatorsAreNotPublic() throws Exception {
        try (SparqlServer server = SparqlServer.create().dataset(EndpointHardeningIT.datasetOf(1)).port(0).build().start()) {
            Http.query(server, "ASK {}", Duration.ofSeconds(10));
            for (String path : List.of("/$/stats", "/$/stats/attache")) {
                HttpResponse<String> stats = Http.get(server.homeUrl() + path);
                assertFalse(stats.body().contains("Requests") || stats.body().contains("endpoints"), path + ": " + stats.body());
            }
            for (String path : List.of("/$/validate/data", "/$/validate/query?query=ASK%7B%7D")) {
                assertEquals(404, Http.get(server.homeUrl() + path).statusCode(), path);
            }
            assertEquals(200, Http.get(server.homeUrl() + "/$/ping").statusCode(), "/$/ping");
        }
    }
}

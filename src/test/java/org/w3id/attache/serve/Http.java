package org.w3id.attache.serve;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The requests the attack tests send, each on a new connection (a refused request may close its connection). */
final class Http {
    static final String JSON_RESULTS = "application/sparql-results+json";

    private Http() {
    }

    static HttpResponse<String> send(HttpRequest.Builder request, Duration timeout) throws IOException, InterruptedException {
        HttpClient fresh = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return fresh.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), Duration.ofSeconds(30));
    }

    /** A GET of {@code query} at {@code server}'s query endpoint, JSON results asked for. */
    static HttpResponse<String> query(SparqlServer server, String query, Duration timeout) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query=" + encode(query)))
                .header("Accept", JSON_RESULTS).GET(), timeout);
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

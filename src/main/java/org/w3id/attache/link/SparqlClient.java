package org.w3id.attache.link;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * A polite client of a remote SPARQL endpoint such as {@code https://query.wikidata.org/sparql}:
 * it names itself in a User-Agent, times out, retries a failed or throttled request with
 * exponential backoff (honouring {@code Retry-After}), and answers repeated queries from a
 * {@link QueryCache}. Made by {@link #builder(String)}.
 */
public final class SparqlClient {
    public static final String WIKIDATA = "https://query.wikidata.org/sparql";
    public static final String DEFAULT_USER_AGENT =
            "attache/0.1 (https://w3id.org/attache; knowledge graph of international relations) java.net.http";

    private final URI endpoint;
    private final String userAgent;
    private final Duration timeout;
    private final int retries;
    private final Duration backoff;
    private final QueryCache cache;
    private final HttpClient http;
    private int requestsSent;

    private SparqlClient(Builder b) {
        this.endpoint = b.endpoint;
        this.userAgent = b.userAgent;
        this.timeout = b.timeout;
        this.retries = b.retries;
        this.backoff = b.backoff;
        this.cache = b.cache;
        this.http = HttpClient.newBuilder().connectTimeout(b.timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    public static Builder builder(String endpoint) {
        return new Builder(endpoint);
    }

    /** Settings for a {@link SparqlClient}; {@link #build()} checks them and names the bad one. */
    public static final class Builder {
        private final URI endpoint;
        private String userAgent = DEFAULT_USER_AGENT;
        private Duration timeout = Duration.ofSeconds(60);
        private int retries = 3;
        private Duration backoff = Duration.ofSeconds(2);
        private QueryCache cache = QueryCache.none();

        private Builder(String endpoint) {
            URI u;
            try {
                u = endpoint == null ? null : URI.create(endpoint);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("endpoint is not a URL: " + endpoint);
            }
            if (u == null || u.getHost() == null || !("http".equals(u.getScheme()) || "https".equals(u.getScheme()))) {
                throw new IllegalArgumentException("endpoint must be an http(s) URL: " + endpoint);
            }
            this.endpoint = u;
        }

        public Builder userAgent(String ua) {
            this.userAgent = ua;
            return this;
        }

        public Builder timeout(Duration d) {
            this.timeout = d;
            return this;
        }

        /** How often a failed request is tried again (0: never). */
        public Builder retries(int n) {
            this.retries = n;
            return this;
        }

        /** The wait before the first retry; it doubles for each further one. */
        public Builder backoff(Duration d) {
            this.backoff = d;
            return this;
        }

        public Builder cache(QueryCache c) {
            this.cache = c;
            return this;
        }

        public SparqlClient build() {
            if (userAgent == null || userAgent.isBlank()) {
                throw new IllegalArgumentException("a User-Agent is required (Wikidata refuses anonymous clients)");
            }
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive: " + timeout);
            }
            if (retries < 0 || retries > 10) {
                throw new IllegalArgumentException("retries must be between 0 and 10: " + retries);
            }
            if (backoff == null || backoff.isNegative()) {
                throw new IllegalArgumentException("backoff must not be negative: " + backoff);
            }
            if (cache == null) {
                throw new IllegalArgumentException("cache must not be null (use QueryCache.none())");
            }
            return new SparqlClient(this);
        }
    }

    public String endpoint() {
        return endpoint.toString();
    }

    /** HTTP requests sent so far (cache hits send none). */
    public int requestsSent() {
        return requestsSent;
    }

    /**
     * Runs a SELECT query and returns its rows, each a map from variable to value (unbound
     * variables absent).
     *
     * @throws EndpointException if the endpoint cannot answer after the retries
     */
    public List<Map<String, RDFNode>> select(String query) {
        String key = endpoint + "\n" + query;
        Optional<byte[]> cached = cache.get(key);
        byte[] json = cached.isPresent() ? cached.get() : fetch(query);
        List<Map<String, RDFNode>> rows = parse(json);
        if (cached.isEmpty()) {
            cache.put(key, json);
        }
        return rows;
    }

    private static List<Map<String, RDFNode>> parse(byte[] json) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(json), ResultSetLang.RS_JSON);
        List<Map<String, RDFNode>> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            Map<String, RDFNode> row = new LinkedHashMap<>();
            s.varNames().forEachRemaining(v -> row.put(v, s.get(v)));
            rows.add(row);
        }
        return rows;
    }

    private byte[] fetch(String query) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("User-Agent", userAgent)
                .header("Accept", "application/sparql-results+json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        String lastProblem = "";
        for (int attempt = 0; attempt <= retries; attempt++) {
            Duration wait = backoff.multipliedBy(1L << attempt);
            try {
                requestsSent++;
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                int status = response.statusCode();
                if (status == 200) {
                    return response.body();
                }
                lastProblem = "HTTP " + status;
                if (status != 429 && status < 500) {
                    throw new EndpointException(endpoint + " refused the query: " + lastProblem + ": "
                            + new String(response.body(), StandardCharsets.UTF_8).lines().findFirst().orElse(""));
                }
                Optional<Duration> asked = retryAfter(response);
                if (asked.isPresent() && asked.get().compareTo(wait) > 0) {
                    wait = asked.get();
                }
            } catch (IOException e) {
                lastProblem = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EndpointException("interrupted while querying " + endpoint);
            }
            if (attempt < retries) {
                sleep(wait);
            }
        }
        throw new EndpointException(endpoint + " did not answer after " + (retries + 1) + " attempt(s): " + lastProblem);
    }

    private static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(v -> {
            try {
                return Optional.of(Duration.ofSeconds(Math.min(300, Long.parseLong(v.strip()))));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EndpointException("interrupted while waiting to retry");
        }
    }
}

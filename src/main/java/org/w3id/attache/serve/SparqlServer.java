package org.w3id.attache.serve;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.security.PropertyUserStore;
import org.w3id.attache.mapping.Iris;
import org.w3id.attache.web.Site;

/**
 * A read-only SPARQL server over one dataset: an embedded Fuseki serving it as {@code /attache},
 * with exactly two endpoints.
 * <ul>
 * <li>{@code /attache/sparql}: SPARQL query, by GET or POST;</li>
 * <li>{@code /attache/get}: Graph Store Protocol, read only.</li>
 * </ul>
 * There is no update, upload or graph-store write anywhere: the server knows no such operation,
 * so every attempt is refused with a 4xx status. The one exception is asked for explicitly:
 * {@link Builder#update(Path)} adds {@code /attache/update}, open only to the users of a password
 * file over HTTP basic authentication. The default graph of a query is the union of the named
 * graphs (for a TDB2 dataset). Queries are cut off after the query timeout, answers after
 * {@link Builder#maxRows(long) maxRows} rows; requests over {@link Builder#maxRequestBytes(long)
 * maxRequestBytes} are refused unread; {@code SERVICE} reaches only the endpoints allowed by
 * {@link Builder#allowService(String)}. Only {@link Builder#maxConcurrentQueries(int)} requests
 * that read the store run at once ({@link QueryAdmission}), request bodies too slow are cut off
 * ({@link MinimumBodyRate}), and every response forbids scripts from elsewhere and framing
 * ({@link SecurityHeaders}); {@link FusekiAssembly} puts it all together.
 * <p>
 * For people and linked-data clients it also serves, read-only: a home page at {@code /} with an
 * entity search ({@code /search}), the minted IRIs at {@code /id/…} (Turtle, JSON-LD, N-Triples or
 * HTML pages, see {@link Builder#instanceBase(String)}), the timeline at {@code /timeline}, the
 * relations between states at {@code /relations}, the competency queries at {@code /queries}, a
 * reconciliation service for OpenRefine at {@code /reconcile}, and Fuseki's UI with its SPARQL
 * editor at {@code /sparql-ui/}.
 *
 * <pre>
 * try (SparqlServer server = SparqlServer.create().dataset(dsg).port(0).build()) {
 *     server.start();
 *     URI endpoint = URI.create(server.sparqlUrl());
 *     ...
 * }
 * </pre>
 */
public final class SparqlServer implements AutoCloseable {

    /** The dataset's name in URLs. */
    static final String DATASET_NAME = "attache";
    static final String QUERY_ENDPOINT = "sparql";
    static final String GRAPH_STORE_ENDPOINT = "get";
    static final String DESCRIPTION_PATH = "void";
    static final String UPDATE_ENDPOINT = "update";
    /** The reconciliation service (W3C Reconciliation Service API 0.2, as OpenRefine speaks it). */
    static final String RECONCILE_PATH = "/reconcile";

    private final FusekiServer fuseki;
    private final String host;
    private final List<String> warnings;
    private boolean started;
    private boolean stopped;

    private SparqlServer(FusekiServer fuseki, String host, List<String> warnings) {
        this.fuseki = fuseki;
        this.host = host;
        this.warnings = List.copyOf(warnings);
    }

    /** What the person starting the server should know of its settings (a password file others can read). */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * A builder with the defaults: host 127.0.0.1, port 3030, query timeout 30 s, at most 100,000
     * rows an answer, requests up to 256 KiB, no SERVICE endpoint allowed, no update.
     */
    public static Builder create() {
        return new Builder();
    }

    /**
     * Binds the port and starts answering requests; returns at once.
     *
     * @throws IllegalStateException if the server was already started
     * @throws org.apache.jena.fuseki.FusekiException if the port cannot be bound
     */
    public synchronized SparqlServer start() {
        if (started) {
            throw new IllegalStateException("SPARQL server already started");
        }
        started = true;
        fuseki.start();
        return this;
    }

    /**
     * The port the server listens on: the one actually bound, even when port 0 asked for any free
     * port.
     *
     * @throws IllegalStateException if the server has not been started
     */
    public synchronized int port() {
        if (!started) {
            throw new IllegalStateException("SPARQL server not started: its port is not bound yet");
        }
        return fuseki.getHttpPort();
    }

    /** The query endpoint, {@code http://HOST:PORT/attache/sparql}; the server must be started. */
    public String sparqlUrl() {
        return datasetUrl() + "/" + QUERY_ENDPOINT;
    }

    /** The read-only Graph Store Protocol endpoint, {@code http://HOST:PORT/attache/get}; the server must be started. */
    public String graphStoreUrl() {
        return datasetUrl() + "/" + GRAPH_STORE_ENDPOINT;
    }

    /** The dataset description, {@code http://HOST:PORT/attache/void}, when one was given to the builder. */
    public String descriptionUrl() {
        return datasetUrl() + "/" + DESCRIPTION_PATH;
    }

    /** The server's root, {@code http://HOST:PORT}, where the home page is; the server must be started. */
    public String homeUrl() {
        String urlHost = host.indexOf(':') >= 0 ? "[" + host + "]" : host; // IPv6 literal
        return "http://" + urlHost + ":" + port();
    }

    private String datasetUrl() {
        return homeUrl() + "/" + DATASET_NAME;
    }

    /** Stops the server and releases its port; calling it again, or before start, does nothing. */
    public synchronized void stop() {
        if (started && !stopped) {
            stopped = true;
            fuseki.stop();
            stopPasswordFileWatch();
        }
    }

    /**
     * Fuseki starts the password file's user store itself, with a task that rereads the file when
     * it changes, and Jetty does not stop what it did not start: so it is stopped here, and a
     * stopped server no longer watches the file.
     */
    private void stopPasswordFileWatch() {
        for (PropertyUserStore users : fuseki.getJettyServer().getContainedBeans(PropertyUserStore.class)) {
            try {
                users.stop();
            } catch (Exception e) {
                throw new IllegalStateException("SPARQL server: cannot stop watching the password file", e);
            }
        }
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * Settings for a {@link SparqlServer}; {@link #build()} checks them all and throws
     * {@link IllegalArgumentException} naming the bad one.
     */
    public static final class Builder {
        private DatasetGraph dataset;
        private String host = "127.0.0.1";
        private int port = 3030;
        private Duration queryTimeout = Duration.ofSeconds(30);
        private Function<String, Model> description;
        private long maxRows = 100_000;
        private long maxRequestBytes = 256 * 1024;
        private int maxConcurrentQueries = 8;
        private int maxQueriesPerClient = 2;
        private long minRequestBodyRate = 1024;
        private final List<String> allowedServices = new ArrayList<>();
        private boolean update;
        private Path updatePasswordFile;
        private String instanceBase = Iris.DEFAULT_BASE;
        private Map<String, String> queries = Map.of();

        private Builder() {
        }

        /**
         * Publishes the dataset's description at {@code /attache/void}: {@code describe} is given the
         * query endpoint's URL and returns the description (optional; without it there is no such page).
         */
        public Builder description(Function<String, Model> describe) {
            this.description = describe;
            return this;
        }

        /** The dataset to serve (required); for TDB2 its named graphs form the default graph. */
        public Builder dataset(DatasetGraph dataset) {
            this.dataset = dataset;
            return this;
        }

        /**
         * The address to listen on, as a name or IP literal: "127.0.0.1" (default) or "localhost"
         * for this machine only, "0.0.0.0" for every interface, or the address of one interface.
         */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** The port, 0–65535; 0 takes any free port (see {@link SparqlServer#port()}). Default 3030. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** How long one query may run before it is cancelled (positive; default 30 s). */
        public Builder queryTimeout(Duration queryTimeout) {
            this.queryTimeout = queryTimeout;
            return this;
        }

        /** The most rows one answer may have (positive; default 100,000): larger answers are cut there. */
        public Builder maxRows(long maxRows) {
            this.maxRows = maxRows;
            return this;
        }

        /**
         * The largest request accepted, in bytes, for its body and for its query string each
         * (positive; default 256 KiB).
         */
        public Builder maxRequestBytes(long maxRequestBytes) {
            this.maxRequestBytes = maxRequestBytes;
            return this;
        }

        /**
         * How many requests that read the store (queries, graph reads, pages) run at once (positive;
         * default 8); four times as many may wait for a place until their timeout, more get 503
         * at once. The server's threads are sized for them.
         */
        public Builder maxConcurrentQueries(int n) {
            this.maxConcurrentQueries = n;
            return this;
        }

        /**
         * How many of those may run at once for one client address (positive, at most
         * {@link #maxConcurrentQueries(int)}; default 2), so that one client cannot take every place.
         */
        public Builder maxQueriesPerClient(int n) {
            this.maxQueriesPerClient = n;
            return this;
        }

        /**
         * The slowest request body taken, in bytes per second on average once
         * {@link ServerLimits#BODY_GRACE} has passed (positive; default 1024): a slower client's
         * connection is closed, so that it cannot hold a server thread.
         */
        public Builder minRequestBodyRate(long bytesPerSecond) {
            this.minRequestBodyRate = bytesPerSecond;
            return this;
        }

        /**
         * Lets queries call the SPARQL endpoint at {@code url} with {@code SERVICE <url>}; may be
         * given several times. Without it no SERVICE call leaves the server.
         */
        public Builder allowService(String url) {
            allowedServices.add(url);
            return this;
        }

        /**
         * Adds the update endpoint {@code /attache/update} (SPARQL Update), open only to the users
         * of {@code passwordFile} by HTTP basic authentication; see {@link PasswordFile} for its
         * format. Without it the server cannot write.
         */
        public Builder update(Path passwordFile) {
            this.updatePasswordFile = passwordFile;
            this.update = true;
            return this;
        }

        /**
         * The namespace of the minted IRIs answered under {@code /id/}: {@code /id/person/x} is
         * {@code BASE person/x} (default {@code https://w3id.org/attache/id/}). Deployed under its
         * own domain with base {@code https://DOMAIN/id/}, the served URLs are the IRIs themselves.
         */
        public Builder instanceBase(String base) {
            this.instanceBase = base;
            return this;
        }

        /** The competency queries listed at {@code /queries} (name to text), each opening in the editor. */
        public Builder queries(Map<String, String> queries) {
            this.queries = new LinkedHashMap<>(queries);
            return this;
        }

        /**
         * Checks the settings and assembles the server, not yet listening.
         *
         * @throws IllegalArgumentException if a setting is missing or invalid
         */
        public SparqlServer build() {
            if (dataset == null) {
                throw new IllegalArgumentException("SPARQL server: no dataset given");
            }
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("SPARQL server: port " + port + " is not in 0–65535");
            }
            long timeoutMillis = timeoutMillis(queryTimeout);
            checkHost(host);
            if (maxRows < 1) {
                throw new IllegalArgumentException("SPARQL server: the row limit must be positive, got " + maxRows);
            }
            if (maxRequestBytes < 1) {
                throw new IllegalArgumentException("SPARQL server: the request size limit must be positive, got " + maxRequestBytes);
            }
            if (maxConcurrentQueries < 1 || maxQueriesPerClient < 1 || maxQueriesPerClient > maxConcurrentQueries) {
                throw new IllegalArgumentException("SPARQL server: queries at once must be positive, and per client at most as many"
                        + " as in all, got " + maxConcurrentQueries + " and " + maxQueriesPerClient);
            }
            if (minRequestBodyRate < 1) {
                throw new IllegalArgumentException("SPARQL server: the minimum request body rate must be positive, got " + minRequestBodyRate);
            }
            allowedServices.forEach(Builder::checkServiceUrl);
            PasswordFile passwords = update ? PasswordFile.read(updatePasswordFile) : null;
            Site site = site(instanceBase);

            ServerLimits limits = new ServerLimits(timeoutMillis, maxRows, List.copyOf(allowedServices), maxConcurrentQueries,
                    maxQueriesPerClient, maxRequestBytes, minRequestBodyRate);
            FusekiServer fuseki = FusekiAssembly.assemble(dataset, host, port, limits, passwords, description, site, queries);
            return new SparqlServer(fuseki, host, passwords == null ? List.of() : passwords.warnings());
        }

        private static Site site(String base) {
            try {
                return new Site(new Iris(base == null ? "" : base).base());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("SPARQL server: " + e.getMessage(), e);
            }
        }

        private static long timeoutMillis(Duration timeout) {
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("SPARQL server: query timeout must be positive, got " + timeout);
            }
            try {
                return Math.max(1, timeout.toMillis());
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("SPARQL server: query timeout " + timeout + " is too long", e);
            }
        }

        private static void checkServiceUrl(String url) {
            try {
                URI uri = url == null ? null : new URI(url);
                if (uri == null || !uri.isAbsolute() || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                        || uri.getHost() == null) {
                    throw new IllegalArgumentException("SPARQL server: allowed SERVICE endpoint must be an http(s) URL, got '" + url + "'");
                }
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("SPARQL server: allowed SERVICE endpoint '" + url + "' is not a URL: " + e.getMessage(), e);
            }
        }

        private static void checkHost(String host) {
            if (host == null || host.isBlank()) {
                throw new IllegalArgumentException("SPARQL server: no host given");
            }
            try {
                InetAddress.getByName(host);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("SPARQL server: unknown host '" + host + "'", e);
            }
        }
    }

    @Override
    public String toString() {
        return "SparqlServer[" + host + (started ? ":" + fuseki.getHttpPort() : "") + "/" + DATASET_NAME + "]";
    }
}

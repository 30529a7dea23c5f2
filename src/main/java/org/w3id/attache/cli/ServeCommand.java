package org.w3id.attache.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.w3id.attache.describe.DatasetDescription;
import org.w3id.attache.mapping.Iris;
import org.w3id.attache.query.QueryRunner;
import org.w3id.attache.serve.SparqlServer;
import org.w3id.attache.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attache serve}: the store over SPARQL, read-only, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the store read-only over SPARQL at /attache/sparql and /attache/get"
        + " (and /attache/update, with --update and a password file); its VoID description at /attache/void;"
        + " a home page with an entity search at /, the minted IRIs at /id/ (RDF or HTML), a timeline, the relations between"
        + " states, the query list, a reconciliation service for OpenRefine at /reconcile and the SPARQL editor at /sparql-ui/.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--host", description = "address to bind (default: ${DEFAULT-VALUE})")
    String host = "127.0.0.1";

    @Option(names = "--port", description = "HTTP port, 0 for any free one (default: ${DEFAULT-VALUE})")
    int port = 3030;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "cancel a query after this many seconds (default: ${DEFAULT-VALUE})")
    long timeoutSeconds = 30;

    @Option(names = "--max-rows", paramLabel = "N", description = "cut every answer at N rows (default: ${DEFAULT-VALUE})")
    long maxRows = 100_000;

    @Option(names = "--max-request-bytes", paramLabel = "N", description = "refuse requests larger than N bytes (default: ${DEFAULT-VALUE})")
    long maxRequestBytes = 256 * 1024;

    @Option(names = "--max-concurrent-queries", paramLabel = "N",
            description = "queries, graph reads and pages running at once; more wait, then get 503 (default: ${DEFAULT-VALUE})")
    int maxConcurrentQueries = 8;

    @Option(names = "--max-queries-per-client", paramLabel = "N",
            description = "of those, at most N at once from one client address (default: ${DEFAULT-VALUE})")
    int maxQueriesPerClient = 2;

    @Option(names = "--allow-service", paramLabel = "URL", description = "let SERVICE call this SPARQL endpoint (repeatable); none by default")
    List<String> allowedServices = new ArrayList<>();

    @Option(names = "--update", description = "also serve SPARQL Update at /attache/update, for the users of --password-file only")
    boolean update;

    @Option(names = "--password-file", paramLabel = "FILE", description = "users allowed to update, one 'user: password' a line (needs --update)")
    Path passwordFile;

    @Option(names = "--base", paramLabel = "IRI", description = "the instance namespace answered at /id/ (default: ${DEFAULT-VALUE})")
    String base = Iris.DEFAULT_BASE;

    @Override
    public Integer call() throws Exception {
        if (passwordFile != null && !update) {
            throw new IllegalArgumentException("--password-file is only used with --update");
        }
        if (update && passwordFile == null) {
            throw new IllegalArgumentException("--update needs --password-file FILE: nobody may write without logging in");
        }
        try (Store s = Store.open(store.path())) {
            SparqlServer.Builder server = SparqlServer.create().dataset(s.datasetGraph()).host(host).port(port)
                    .queryTimeout(Duration.ofSeconds(timeoutSeconds)).maxRows(maxRows).maxRequestBytes(maxRequestBytes)
                    .maxConcurrentQueries(maxConcurrentQueries).maxQueriesPerClient(maxQueriesPerClient).instanceBase(base);
            allowedServices.forEach(server::allowService);
            if (update) {
                server.update(passwordFile);
            }
            return serve(s, server, spec.commandLine().getErr());
        }
    }

    /** Serves {@code s} with the default settings until the process is stopped. */
    static int serve(Store s, String host, int port, PrintWriter err) throws InterruptedException, IOException {
        return serve(s, SparqlServer.create().dataset(s.datasetGraph()).host(host).port(port), err);
    }

    /**
     * Builds the server {@code settings} describe, with the store's VoID description at
     * {@code /attache/void}, and serves until the process is stopped.
     */
    static int serve(Store s, SparqlServer.Builder settings, PrintWriter err) throws InterruptedException, IOException {
        long t0 = System.nanoTime();
        DatasetDescription description = DatasetDescription.create();
        Map<String, String> queries = new LinkedHashMap<>();
        for (String name : QueryRunner.NAMES) {
            queries.put(name, QueryRunner.shippedText(name));
        }
        SparqlServer server = settings
                .queries(queries)
                .description(endpoint -> s.read(ds -> description.endpoint(endpoint).describe(ds.asDatasetGraph())))
                .build();
        server.warnings().forEach(warning -> err.println("warning: " + warning));
        server.start();
        err.printf("serving %s (started in %d ms); Ctrl-C stops%n", server.sparqlUrl(), (System.nanoTime() - t0) / 1_000_000);
        String home = server.homeUrl();
        err.printf("pages: %s/ (home), %s/relations, %s/timeline, %s/queries, %s/id/…, %s/sparql-ui/ (query editor); reconciliation: %s/reconcile%n",
                home, home, home, home, home, home, home);
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stop.countDown();
        }));
        stop.await();
        return ExitCode.OK;
    }
}

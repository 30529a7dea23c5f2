package org.w3id.attache.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.w3id.attache.describe.DatasetDescription;
import org.w3id.attache.serve.SparqlServer;
import org.w3id.attache.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attache serve}: the store over SPARQL, read-only, until interrupted. */
@Command(name = "serve", description = "Serve the store read-only over SPARQL at /attache/sparql and /attache/get; its VoID description at /attache/void.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--host", description = "address to bind (default: ${DEFAULT-VALUE})")
    String host = "127.0.0.1";

    @Option(names = "--port", description = "HTTP port, 0 for any free one (default: ${DEFAULT-VALUE})")
    int port = 3030;

    @Override
    public Integer call() throws Exception {
        try (Store s = Store.open(store.path())) {
            return serve(s, host, port, spec.commandLine().getErr());
        }
    }

    /** Serves {@code s} until the process is stopped. */
    static int serve(Store s, String host, int port, PrintWriter err) throws InterruptedException {
        long t0 = System.nanoTime();
        DatasetDescription description = DatasetDescription.create();
        SparqlServer server = SparqlServer.create().dataset(s.datasetGraph()).host(host).port(port)
                .description(endpoint -> s.read(ds -> description.endpoint(endpoint).describe(ds.asDatasetGraph())))
                .build();
        server.start();
        err.printf("serving %s (started in %d ms); Ctrl-C stops%n", server.sparqlUrl(), (System.nanoTime() - t0) / 1_000_000);
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stop.countDown();
        }));
        stop.await();
        return ExitCode.OK;
    }
}

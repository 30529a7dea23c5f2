package org.w3id.attache.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.attache.pipeline.Ingest;
import org.w3id.attache.store.Store;
import org.w3id.attache.wikidata.WikidataView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attache demo}: the bundled samples into a fresh store, served over SPARQL. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Ingest the bundled sample articles into a fresh store and serve it over SPARQL.")
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--store", paramLabel = "DIR", description = "demo store directory, emptied first (default: ${DEFAULT-VALUE})")
    Path store = Path.of("data/demo");

    @Option(names = "--samples", paramLabel = "DIR", description = "sample articles (default: $ATTACHE_HOME/samples, else ./samples)")
    Path samples = defaultSamples();

    @Option(names = "--port", description = "HTTP port (default: ${DEFAULT-VALUE})")
    int port = 3030;

    @Option(names = "--no-serve", description = "ingest only")
    boolean noServe;

    private static Path defaultSamples() {
        String home = System.getenv("ATTACHE_HOME");
        return home != null && !home.isBlank() ? Path.of(home, "samples") : Path.of("samples");
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(samples)) {
            throw new IllegalArgumentException(samples + ": no sample directory (run the demo from the attache folder, or give --samples)");
        }
        StoreFiles.deleteTree(store);
        try (Store s = Store.open(store)) {
            Ingest.Report r = Ingest.builder().progress(spec.commandLine().getErr()).build().run(List.of(samples.toString()), s);
            WikidataView.rebuild(s);
            spec.commandLine().getErr().printf("demo store %s: %d articles, %d facts%n", store, r.articles(), r.facts());
            if (noServe) {
                return ExitCode.OK;
            }
            return ServeCommand.serve(s, "127.0.0.1", port, spec.commandLine().getErr());
        }
    }
}

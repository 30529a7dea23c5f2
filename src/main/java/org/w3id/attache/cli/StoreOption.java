package org.w3id.attache.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by commands; default {@code $ATTACHE_STORE} or {@code ./data/attache}. */
final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store directory (default: $ATTACHE_STORE or ./data/attache)")
    Path store;

    /** The store's directory, which must exist: reading commands have nothing to read otherwise. */
    Path existing() {
        Path p = path();
        if (!java.nio.file.Files.isDirectory(p)) {
            throw new IllegalArgumentException("no store at " + p + " (run 'attache ingest' first)");
        }
        return p;
    }

    Path path() {
        if (store != null) {
            return store;
        }
        String env = System.getenv("ATTACHE_STORE");
        return Path.of(env != null && !env.isBlank() ? env : "data/attache");
    }
}

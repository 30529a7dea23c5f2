package org.w3id.attache.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.w3id.attache.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attache events}: count the merged events and tenures, or make the events graph again from every stored fact. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Count the events merged across articles and the tenures; with --rebuild, make the events graph again",
                "from every stored fact (ingest, remove and import keep it true on their own; a rebuild gives the same graph)."})
final class EventsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--rebuild", description = "Make the events graph again from every stored fact.")
    boolean rebuild;

    @Override
    public Integer call() {
        store.existing();
        try (Store s = Store.open(store.path())) {
            if (rebuild) {
                s.rebuildEvents();
            }
            Map<String, Long> stats = s.stats();
            stats.forEach((k, v) -> {
                if (k.startsWith("merged events") || k.equals("tenures")) {
                    spec.commandLine().getOut().printf("%-28s %d%n", k, v);
                }
            });
        }
        return ExitCode.OK;
    }
}

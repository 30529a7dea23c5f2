package org.w3id.attache.cli;

import java.util.concurrent.Callable;
import org.w3id.attache.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attache stats}: counts of what the store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Print counts: quads, graphs, articles, entities, facts by type.")
final class StatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        try (Store s = Store.open(store.path())) {
            s.stats().forEach((k, v) -> spec.commandLine().getOut().printf("%-16s %d%n", k, v));
        }
        return ExitCode.OK;
    }
}

package org.w3id.attache.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.w3id.attache.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attache compact}: reclaim the space that re-ingests and removals leave in a TDB2 store. */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {"Compact the store: TDB2 keeps the old version of everything a write replaced; compaction copies the live",
                "data into a new generation and deletes the old one. Prints the store's size before and after."})
final class CompactCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() throws Exception {
        store.existing();
        long before = StoreFiles.size(store.path());
        try (Store s = Store.open(store.path())) {
            s.compact();
        }
        long after = StoreFiles.size(store.path());
        spec.commandLine().getOut().printf(Locale.ROOT, "store %s: %.1f MB before compaction, %.1f MB after%n",
                store.path(), before / 1e6, after / 1e6);
        return ExitCode.OK;
    }
}

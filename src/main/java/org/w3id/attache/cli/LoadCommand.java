package org.w3id.attache.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.w3id.attache.load.BulkLoad;
import org.w3id.attache.load.LoadReport;
import org.w3id.attache.load.ShardPaths;
import org.w3id.attache.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attache load}: N-Quads or TriG shards into the store through TDB2's bulk loader. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Bulk-load N-Quads or TriG shards (files, directories, globs; .gz too), such as the Spark job writes:",
                "each article graph is checked against the shapes as it streams, and everything is written in one transaction,",
                "so an invalid shard writes nothing. Entities sharing a Wikidata id are merged as import merges them; the events",
                "graph, the Wikidata view and the optimizer's statistics are made again. Loading the same shards again changes nothing."})
final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--skip-invalid", description = "leave invalid article graphs out (listed on stderr) instead of writing nothing")
    boolean skipInvalid;

    @Option(names = "--check-threads", paramLabel = "N", description = "threads checking graphs while the shards are read (default: cores - 1, at least 1)")
    Integer checkThreads;

    @Parameters(arity = "1..*", paramLabel = "SHARD", description = "a file, a directory (searched for .nq, .trig, .nq.gz, .trig.gz) or a quoted glob")
    List<String> shards;

    @Override
    public Integer call() {
        List<Path> files = ShardPaths.resolve(shards);
        PrintWriter err = spec.commandLine().getErr();
        LoadReport report;
        try (Store s = Store.open(store.path())) {
            BulkLoad.Builder load = BulkLoad.into(s).skipInvalid(skipInvalid);
            if (checkThreads != null) {
                load.checkThreads(checkThreads);
            }
            report = load.build().run(files);
        }
        report.invalid().forEach((g, why) -> err.println("left out: " + why));
        err.printf(Locale.ROOT, "loaded %d shard(s), %d quads read: %d article graph(s) written, %d already stored unchanged, %d left out;"
                + " %d derived quad(s) left out (the store makes its own); %d entit(y/ies) merged by Wikidata id%n",
                report.files(), report.quadsRead(), report.graphsLoaded(), report.graphsUnchanged(), report.invalid().size(),
                report.derivedLeftOut(), report.entitiesMerged());
        report.millis().forEach((step, ms) -> err.printf(Locale.ROOT, "  %-26s %8.1f s%n", step, ms / 1000.0));
        return ExitCode.OK;
    }
}

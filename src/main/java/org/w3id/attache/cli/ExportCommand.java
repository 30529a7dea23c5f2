package org.w3id.attache.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.w3id.attache.store.Store;
import org.w3id.attache.wikidata.QuickStatementsExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attache export}: write the store in an exchange format. */
@Command(name = "export", description = "Export the store: --format quickstatements writes P39 statements of linked people and posts, with references.")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--format", required = true, description = "quickstatements")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "output file (default: standard output)")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!"quickstatements".equals(format)) {
            throw new IllegalArgumentException("unknown export format '" + format + "'; known: quickstatements");
        }
        if (!Files.isDirectory(store.path())) {
            throw new IllegalArgumentException("no store at " + store.path() + " (run 'attache ingest' first)");
        }
        try (Store s = Store.open(store.path());
                PrintWriter w = out == null ? new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                        : new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            int n = QuickStatementsExport.write(s, w);
            spec.commandLine().getErr().printf("%d QuickStatements line(s)%n", n);
        }
        return ExitCode.OK;
    }
}

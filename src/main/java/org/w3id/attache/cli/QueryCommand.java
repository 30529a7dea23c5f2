package org.w3id.attache.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.w3id.attache.query.QueryRunner;
import org.w3id.attache.store.Store;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attache query}: run a competency query, a .rq file, or all of them. */
@Command(name = "query", mixinStandardHelpOptions = true, description = "Run a competency query (NAME), a SPARQL file (FILE.rq), or --all of them.")
final class QueryCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    static final class Which {
        @Parameters(paramLabel = "NAME|FILE.rq")
        String query;

        @Option(names = "--all", description = "run every competency query (with --out DIR: one file each)")
        boolean all;
    }

    @Option(names = "--format", description = "csv, tsv, json or table (default: ${DEFAULT-VALUE})")
    String format = "table";

    @Option(names = "--out", paramLabel = "DIR", description = "write NAME.<format> files into DIR")
    Path out;

    @Override
    public Integer call() throws Exception {
        QueryRunner.Format f = QueryRunner.Format.parse(format);
        if (!Files.isDirectory(store.path())) {
            throw new IllegalArgumentException("no store at " + store.path() + " (run 'attache ingest' first)");
        }
        try (Store s = Store.open(store.path())) {
            if (which.all) {
                for (String name : QueryRunner.NAMES) {
                    run(s, name, f, name);
                }
            } else {
                String name = Path.of(which.query).getFileName().toString().replaceFirst("\\.rq$", "");
                run(s, which.query, f, name);
            }
        }
        return ExitCode.OK;
    }

    private void run(Store s, String query, QueryRunner.Format f, String name) throws Exception {
        var q = QueryRunner.load(query);
        if (out != null) {
            Files.createDirectories(out);
            try (OutputStream os = Files.newOutputStream(out.resolve(name + "." + f.extension()))) {
                QueryRunner.run(s.dataset(), q, f, os);
            }
        } else {
            if (which.all) {
                System.out.println("# " + name);
            }
            QueryRunner.run(s.dataset(), q, f, System.out);
        }
    }
}

package org.w3id.attache.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.attache.query.EntityNames;
import org.w3id.attache.query.QueryFilter;
import org.w3id.attache.query.QueryRunner;
import org.w3id.attache.store.Store;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attache query}: run a competency query, a .rq file, or all of them. */
@Command(name = "query", mixinStandardHelpOptions = true, description = {"Run a competency query (NAME), a SPARQL file (FILE.rq), or --all of them;",
        "--actor, --state, --from, --to, --type filter the rows, --limit and --offset page them (plain SPARQL 1.1 around the query)."})
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

    @Option(names = "--actor", paramLabel = "ENTITY", description = "only rows with this entity in an entity column: an IRI, a Wikidata id (Q7747) or a name; repeatable")
    List<String> actors = new ArrayList<>();

    @Option(names = "--state", paramLabel = "STATE", description = "only rows with this state, or an entity of it, in an entity column; repeatable")
    List<String> states = new ArrayList<>();

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "only rows whose date reaches this day or later")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "only rows whose date begins on this day or earlier")
    String to;

    @Option(names = "--type", paramLabel = "TYPE", description = "only rows of this record type (the events query: visit, meeting, cooperation, supply, attendance)")
    String type;

    @Option(names = "--limit", description = "at most this many rows (a page)")
    long limit;

    @Option(names = "--offset", description = "skip this many rows first (the page's start)")
    long offset;

    @Override
    public Integer call() throws Exception {
        QueryRunner.Format f = QueryRunner.Format.parse(format);
        store.existing();
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

    private QueryFilter filter(Store s) {
        QueryFilter.Builder b = QueryFilter.builder().from(from).to(to).type(type).limit(limit).offset(offset);
        actors.forEach(a -> EntityNames.resolve(s.dataset(), a).forEach(b::actor));
        states.forEach(a -> EntityNames.resolve(s.dataset(), a).forEach(b::state));
        return b.build();
    }

    private void run(Store s, String query, QueryRunner.Format f, String name) throws Exception {
        var q = QueryRunner.load(query);
        QueryFilter filter = filter(s);
        if (!filter.isEmpty()) {
            q = filter.apply(q);
        }
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

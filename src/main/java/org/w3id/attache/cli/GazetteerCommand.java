package org.w3id.attache.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.attache.link.GazetteerRefresh;
import org.w3id.attache.link.SparqlClient;
import org.w3id.attache.nlp.Gazetteer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attache gazetteer}: maintain the gazetteer files. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true, description = "Maintain the gazetteer.", subcommands = GazetteerCommand.Build.class)
final class GazetteerCommand {

    /** {@code attache gazetteer build}: refresh entities.tsv lines from Wikidata. */
    @Command(name = "build", mixinStandardHelpOptions = true, description = "Refresh gazetteer entries from Wikidata for the item ids (Q7747) or classes (class Q5) listed in FILE: "
            + "prints entities.tsv lines, or with --into merges them into an entities.tsv.")
    static final class Build implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--endpoint", paramLabel = "URL", description = "SPARQL endpoint (default: ${DEFAULT-VALUE})")
        String endpoint = SparqlClient.WIKIDATA;

        @Option(names = "--from", paramLabel = "FILE", required = true, description = "item ids and classes, one a line")
        Path from;

        @Option(names = "--into", paramLabel = "ENTITIES_TSV", description = "merge into this entities.tsv (new aliases, missing countries, new lines)")
        Path into;

        @Override
        public Integer call() throws Exception {
            if (!Files.isRegularFile(from)) {
                throw new IllegalArgumentException(from + ": no such file");
            }
            List<String> list = GazetteerRefresh.readList(from);
            SparqlClient client = SparqlClient.builder(endpoint).build();
            GazetteerRefresh.Result r = new GazetteerRefresh(client, Gazetteer.bundled()).fetch(list);
            r.skipped().forEach((q, why) -> spec.commandLine().getErr().println("attache gazetteer build: skipped " + q + ": " + why));
            String note = "refreshed from " + client.endpoint() + " on " + LocalDate.now(ZoneOffset.UTC);
            if (into == null) {
                r.entries().forEach(e -> spec.commandLine().getOut().println(e.tsv(note)));
            } else {
                List<String> merged = GazetteerRefresh.merge(Files.readAllLines(into, StandardCharsets.UTF_8), r.entries(), note);
                Path tmp = Files.createTempFile(into.toAbsolutePath().getParent(), "entities", ".tmp");
                Files.write(tmp, merged, StandardCharsets.UTF_8);
                Files.move(tmp, into, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            spec.commandLine().getErr().printf("%d entr(ies) from %s, %d skipped%n", r.entries().size(), client.endpoint(), r.skipped().size());
            return ExitCode.OK;
        }
    }
}

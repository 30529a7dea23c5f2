package org.w3id.attache.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.apache.jena.query.ParameterizedSparqlString;
import org.w3id.attache.guard.TerminalText;
import org.w3id.attache.query.QueryRunner;
import org.w3id.attache.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attache explain}: the evidence behind a fact, or behind every fact of an article. */
@Command(name = "explain", mixinStandardHelpOptions = true, description = "Show the sentence, character span and rule behind a fact (IRI) or every fact of an article (url).")
final class ExplainCommand implements Callable<Integer> {
    /** The terminal width the text blocks fit. */
    static final int WIDTH = 100;
    private static final String QUERY = """
            PREFIX att: <https://w3id.org/attache/ontology#>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX schema: <http://schema.org/>
            SELECT ?fact ?type ?rule ?certainty (STR(?b) AS ?begin) (STR(?e) AS ?end) ?sentence WHERE {
              ?fact att:article ?article ; a ?type ; att:rule ?rule ; att:certainty ?certainty ; att:evidence ?span .
              ?article schema:url ?url .
              ?span nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?sentence .
              FILTER(?fact = ?target || STR(?url) = STR(?target))
            } ORDER BY ?b ?type ?fact
            """;

    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "URL|FACT-IRI")
    String target;

    @Option(names = "--format", description = "text (a block per fact, fits 100 columns), csv, tsv, json or table (default: ${DEFAULT-VALUE})")
    String format = "text";

    @Override
    public Integer call() {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(QUERY);
        if (target.contains("/fact/")) {
            pss.setIri("target", target);
        } else {
            pss.setLiteral("target", target);
        }
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        try (Store s = Store.open(store.path())) {
            if (format.equals("text")) {
                table.writeBytes(EvidenceBlocks.render(s.dataset(), pss.asQuery(), WIDTH).getBytes(StandardCharsets.UTF_8));
            } else {
                QueryRunner.run(s.dataset(), pss.asQuery(), QueryRunner.Format.parse(format), table);
            }
        }
        // The sentences may come from an import: no escape sequence in them reaches the terminal.
        System.out.print(TerminalText.blank(table.toString(StandardCharsets.UTF_8)));
        System.out.flush();
        return ExitCode.OK;
    }
}

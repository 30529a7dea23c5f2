package org.w3id.attache.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.attache.intake.MetadataOverrides;
import org.w3id.attache.mapping.Iris;
import org.w3id.attache.pipeline.Ingest;
import org.w3id.attache.store.Store;
import org.w3id.attache.wikidata.WikidataView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attache ingest}: read articles, extract, store. */
@Command(name = "ingest", mixinStandardHelpOptions = true, description = "Read articles (front-matter text, news-please JSON/JSONL, directories, - for stdin), extract facts and store them.")
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR|-")
    List<String> inputs;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "publication date (fills or overrides the file's)")
    LocalDate published;

    @Option(names = "--url", description = "article url (fills or overrides the file's)")
    String url;

    @Option(names = "--title", description = "headline (fills or overrides the file's)")
    String title;

    @Option(names = "--outlet", description = "outlet (fills or overrides the file's)")
    String outlet;

    @Option(names = "--threads", description = "worker threads, each with its own CoreNLP pipeline (default: ${DEFAULT-VALUE})")
    int threads = 1;

    @Mixin
    BaseOption base;

    @Override
    public Integer call() throws Exception {
        Iris iris = base.iris();
        try (Store s = Store.open(store.path())) {
            Ingest.Report report = Ingest.builder()
                    .iris(iris)
                    .overrides(new MetadataOverrides(published, url, title, outlet))
                    .threads(threads)
                    .progress(spec.commandLine().getErr())
                    .build()
                    .run(inputs, s);
            WikidataView.rebuild(s);
            spec.commandLine().getErr().printf("ingested %d article(s), %d fact(s); %d bad input(s), %d failure(s)%n",
                    report.articles(), report.facts(), report.errors(), report.failures());
            return report.failures() > 0 ? ExitCode.FAILURE : report.errors() > 0 ? ExitCode.BAD_INPUT : ExitCode.OK;
        }
    }

}

package org.w3id.attache.cli;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.w3id.attache.link.OnlineLinker;
import org.w3id.attache.link.QueryCache;
import org.w3id.attache.link.SparqlClient;
import org.w3id.attache.store.Store;
import org.w3id.attache.wikidata.WikidataView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attache link}: link unlinked entities to Wikidata over SPARQL. */
@Command(name = "link", mixinStandardHelpOptions = true, description = "Link the store's unlinked people, states, cities, outlets, parties, juntas and posts to Wikidata items (precision first).")
final class LinkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--endpoint", paramLabel = "URL", description = "SPARQL endpoint (default: ${DEFAULT-VALUE})")
    String endpoint = SparqlClient.WIKIDATA;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "per request (default: ${DEFAULT-VALUE})")
    int timeout = 60;

    @Option(names = "--retries", description = "retries of a failed request, with doubling backoff (default: ${DEFAULT-VALUE})")
    int retries = 3;

    @Override
    public Integer call() {
        store.existing();
        SparqlClient client = SparqlClient.builder(endpoint).timeout(Duration.ofSeconds(timeout)).retries(retries)
                .cache(QueryCache.in(store.path())).build();
        try (Store s = Store.open(store.path())) {
            OnlineLinker.Report r = new OnlineLinker(client, Clock.systemUTC()).link(s);
            WikidataView.rebuild(s);
            if (r.linked() > 0) {
                s.rebuildEvents(); // entities newly sharing a Wikidata id are one participant
            }
            spec.commandLine().getErr().printf("looked up %d unlinked entities at %s (%d request(s)): %d linked, %d without a candidate, %d undecided%n",
                    r.examined(), client.endpoint(), r.requests(), r.linked(), r.noCandidate(), r.undecided());
        }
        return ExitCode.OK;
    }
}

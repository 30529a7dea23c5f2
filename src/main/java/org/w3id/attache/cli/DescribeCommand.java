package org.w3id.attache.cli;

import java.util.concurrent.Callable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.w3id.attache.describe.DatasetDescription;
import org.w3id.attache.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code attache describe}: the store's VoID + DCAT description, in Turtle. */
@Command(name = "describe", mixinStandardHelpOptions = true, description = "Print a VoID + DCAT description of the store (Turtle): counts, coverage, licence, links.")
final class DescribeCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--endpoint", paramLabel = "URL", description = "the SPARQL endpoint to advertise")
    String endpoint;

    @Option(names = "--license", paramLabel = "IRI", description = "licence of the data (default: " + DatasetDescription.DEFAULT_LICENSE + ")")
    String license = DatasetDescription.DEFAULT_LICENSE;

    @Override
    public Integer call() {
        DatasetDescription description = DatasetDescription.create().endpoint(endpoint).license(license);
        store.existing();
        try (Store s = Store.open(store.path())) {
            Model model = s.read(ds -> description.describe(ds.asDatasetGraph()));
            RDFDataMgr.write(System.out, model, Lang.TURTLE);
        }
        return ExitCode.OK;
    }
}

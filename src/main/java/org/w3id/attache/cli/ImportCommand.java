package org.w3id.attache.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.attache.imports.ImportOutcome;
import org.w3id.attache.imports.Importer;
import org.w3id.attache.mapping.Iris;
import org.w3id.attache.store.Store;
import org.w3id.attache.validate.ShapesValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attache import}: RDF files into the store, checked first, all or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Add RDF files (TriG, N-Quads, Turtle, JSON-LD; .gz too) to the store: "
        + "parsed and SHACL-validated first, then written all together or not at all.")
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    BaseOption base;

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Iris iris = base.iris();
        try (Store s = Store.open(store.path())) {
            ImportOutcome outcome = new Importer(s, ShapesValidator.standard(), Clock.systemUTC(), iris).run(files);
            if (!outcome.written()) {
                err.println("attache import: nothing written: " + outcome.refusal());
                outcome.violations().forEach(v -> err.println("  " + v.line()));
                return ExitCode.BAD_INPUT;
            }
            err.printf("imported %d file(s): %d new quad(s) in %d graph(s); %d graph(s) already stored unchanged; "
                    + "%d entit(y/ies) recognised by Wikidata id%n", files.size(), outcome.quadsAdded(),
                    outcome.graphs().size(), outcome.graphsAlreadyStored().size(), outcome.entitiesMerged());
        }
        return ExitCode.OK;
    }
}

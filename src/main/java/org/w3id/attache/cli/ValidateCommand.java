package org.w3id.attache.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.attache.imports.RdfFileReader;
import org.w3id.attache.store.Store;
import org.w3id.attache.validate.ShapesValidator;
import org.w3id.attache.validate.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attache validate}: SHACL over the store or over files; exit 1 when anything violates a shape. */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "Check the store (or RDF FILEs) against ontology/shapes.ttl; exit 1 on violations.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "files to check instead of the store")
    List<Path> files;

    @Override
    public Integer call() {
        ShapesValidator validator = ShapesValidator.standard();
        int failed = 0;
        if (files == null || files.isEmpty()) {
            store.existing();
            try (Store s = Store.open(store.path())) {
                failed += report(store.path().toString(), s.read(ds -> validator.validate(ds.asDatasetGraph().getUnionGraph())));
            }
        } else {
            for (Path file : files) {
                failed += report(file.toString(), validator.validate(RdfFileReader.read(file).getUnionGraph()));
            }
        }
        return failed > 0 ? ExitCode.FAILURE : ExitCode.OK;
    }

    /** Prints the results for one source; 1 if it has violations, else 0. */
    private int report(String source, List<Violation> results) {
        PrintWriter out = spec.commandLine().getOut();
        long violations = results.stream().filter(v -> v.severity().equals("Violation")).count();
        results.forEach(v -> out.println(source + ": " + v.line()));
        out.printf("%s: %s (%d violation(s), %d other result(s))%n", source, violations == 0 ? "conforms" : "does not conform",
                violations, results.size() - violations);
        out.flush();
        return violations > 0 ? 1 : 0;
    }
}

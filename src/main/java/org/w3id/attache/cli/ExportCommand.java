package org.w3id.attache.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Iterator;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.w3id.attache.export.ExportFormat;
import org.w3id.attache.export.StoreExport;
import org.w3id.attache.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attache export}: the store, or one article, in an exchange format. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Write the store (or one article) as TriG, N-Quads, Turtle, JSON-LD or PLOVER JSONL "
        + "(one record per fact, or per merged event with plover-events).")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--format", paramLabel = "FORMAT", description = "one of ${COMPLETION-CANDIDATES} (default: trig)",
            completionCandidates = FormatNames.class)
    String format = "trig";

    @Option(names = "--article", paramLabel = "URL", description = "only this article, with the entities it refers to "
            + "(plover-events: the events it reports, each with all of its sources)")
    String article;

    @Option(names = "--out", paramLabel = "FILE", description = "write here (default: standard output); "
            + "attache.ttl, shapes.ttl and context.jsonld are written beside it")
    Path out;

    @Option(names = "--gzip", description = "compress with gzip (implied by --out FILE.gz)")
    boolean gzip;

    @Option(names = "--no-ontology", description = "with --out: do not write the ontology, shapes and context beside the file")
    boolean noOntology;

    @Override
    public Integer call() throws Exception {
        ExportFormat f = ExportFormat.parse(format);
        store.existing();
        try (Store s = Store.open(store.path())) {
            if (out == null) {
                OutputStream stdout = gzip ? new GZIPOutputStream(System.out) : System.out;
                StoreExport.write(s, f, article, stdout);
                if (stdout instanceof GZIPOutputStream z) {
                    z.finish();
                }
                System.out.flush();
                return ExitCode.OK;
            }
            Path dir = out.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path partial = dir.resolve(out.getFileName() + ".partial");
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(partial));
                 OutputStream sink = gzip || out.toString().endsWith(".gz") ? new GZIPOutputStream(file) : file) {
                StoreExport.write(s, f, article, sink);
            } catch (RuntimeException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            spec.commandLine().getErr().println("wrote " + out + " (" + Files.size(out) + " bytes)");
            if (!noOntology) {
                StoreExport.writeCompanions(dir).forEach(p -> spec.commandLine().getErr().println("wrote " + p));
            }
        }
        return ExitCode.OK;
    }

    /** The format names, for help. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(ExportFormat.values()).map(ExportFormat::cliName).iterator();
        }
    }
}

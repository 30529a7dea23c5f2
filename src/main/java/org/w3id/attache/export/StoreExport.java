package org.w3id.attache.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.w3id.attache.mapping.OntologyFiles;
import org.w3id.attache.store.Store;

/** Runs an export over the store, whole or one article, and writes the files that travel with a dump. */
public final class StoreExport {
    /** The ontology files written beside a dump: the ontology, its shapes, the JSON-LD context. */
    public static final List<String> COMPANIONS = List.of(OntologyFiles.ONTOLOGY, OntologyFiles.SHAPES, OntologyFiles.CONTEXT);

    private StoreExport() {
    }

    /**
     * Writes the store, or only the article with url {@code articleUrl} when it is not null, in
     * {@code format} to {@code out}, in one read transaction. For {@link ExportFormat#PLOVER_EVENTS}
     * an article means the merged events it reports, each with all of its sources.
     *
     * @throws IllegalArgumentException if no article has that url
     */
    public static void write(Store store, ExportFormat format, String articleUrl, OutputStream out) {
        store.read(ds -> {
            var dsg = ds.asDatasetGraph();
            try {
                if (articleUrl != null && format == ExportFormat.PLOVER_EVENTS) {
                    PloverEventWriter.writeReportedBy(dsg, ArticleSelection.article(dsg, articleUrl), out);
                } else {
                    format.exporter().write(articleUrl == null ? dsg : ArticleSelection.of(dsg, articleUrl), out);
                }
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }

    /** Copies the ontology, shapes and context into {@code dir}; returns the files written. */
    public static List<Path> writeCompanions(Path dir) throws IOException {
        List<Path> written = new ArrayList<>();
        for (String name : COMPANIONS) {
            try (InputStream in = OntologyFiles.open(name)) {
                Path target = dir.resolve(name);
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                written.add(target);
            }
        }
        return written;
    }
}

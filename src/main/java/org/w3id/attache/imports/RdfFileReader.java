package org.w3id.attache.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * Reads a whole RDF file into memory: TriG, N-Quads, Turtle, N-Triples, JSON-LD or RDF/XML,
 * chosen by extension ({@code .gz} for gzip on top). Any syntax error stops the read and is
 * reported with the file, line and column; nothing read so far is kept.
 */
public final class RdfFileReader {
    private RdfFileReader() {
    }

    /** The language a file name says, or null. */
    static Lang langOf(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        if (name.endsWith(".json")) {
            return Lang.JSONLD11;
        }
        return RDFLanguages.filenameToLang(name);
    }

    /**
     * The file's quads; triples outside any named graph are in the default graph.
     *
     * @throws RdfSyntaxException if the file cannot be read or parsed
     */
    public static DatasetGraph read(Path file) {
        Lang lang = langOf(file);
        if (lang == null) {
            throw new RdfSyntaxException(file + ": unknown RDF format (use .trig, .nq, .ttl, .nt, .jsonld, .rdf, optionally .gz)", null);
        }
        DatasetGraph dsg = DatasetGraphFactory.create();
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file));
             InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            RDFParser.source(in).lang(lang).base(file.toAbsolutePath().toUri().toString())
                    .errorHandler(new FailFast(file)).parse(dsg);
        } catch (RdfSyntaxException e) {
            throw e;
        } catch (RiotException e) {
            throw new RdfSyntaxException(file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new RdfSyntaxException(file + ": cannot read: " + e.getMessage(), e);
        }
        return dsg;
    }

    /** Stops at the first error and names the place; warnings (e.g. unusual IRIs) pass. */
    private record FailFast(Path file) implements ErrorHandler {
        @Override
        public void warning(String message, long line, long col) {
        }

        @Override
        public void error(String message, long line, long col) {
            throw new RdfSyntaxException(place(line, col) + message, null);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new RdfSyntaxException(place(line, col) + message, null);
        }

        private String place(long line, long col) {
            return line > 0 ? file + ":" + line + ":" + col + ": " : file + ": ";
        }
    }
}

package org.w3id.attache.imports;

import com.apicatalog.jsonld.JsonLdOptions;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.w3id.attache.guard.NestingDepth;
import org.w3id.attache.guard.NestingLimitStream;

/**
 * Reads a whole RDF file into memory: TriG, N-Quads, Turtle, N-Triples, JSON-LD or RDF/XML,
 * chosen by extension ({@code .gz} for gzip on top). Any syntax error stops the read and is
 * reported with the file, line and column; nothing read so far is kept.
 *
 * <p>A file reaches nothing beyond itself and cannot exhaust the reader: relative IRIs resolve
 * against {@link #RELATIVE_BASE}, not the file's place on disk; JSON-LD contexts come only from
 * attache's bundled one ({@link BundledContextLoader}); RDF/XML entities expand within
 * {@link XmlEntityLimits}; text nested deeper than {@link NestingDepth#LIMIT} levels is refused
 * before the (recursive) parsers reach it; and graph names Jena reserves are refused.
 */
public final class RdfFileReader {
    /** What relative IRIs in a file resolve against: the same for every file and every machine. */
    public static final String RELATIVE_BASE = "https://w3id.org/attache/import/";
    private static final List<Lang> FORMATS = List.of(Lang.TRIG, Lang.NQUADS, Lang.TURTLE, Lang.NTRIPLES, Lang.JSONLD, Lang.RDFXML);
    private static final String RESERVED_GRAPH_NAMES = "urn:x-arq:";

    private RdfFileReader() {
    }

    /** The language a file name says, if attache reads it; else null. */
    public static Lang langOf(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        Lang lang = name.endsWith(".json") ? Lang.JSONLD : RDFLanguages.filenameToLang(name);
        return FORMATS.stream().filter(f -> RDFLanguages.sameLang(f, lang)).findFirst().orElse(null);
    }

    /**
     * The file's quads; triples outside any named graph are in the default graph.
     *
     * @throws RdfSyntaxException if the file cannot be read or parsed, or goes beyond what attache reads
     */
    public static DatasetGraph read(Path file) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        parse(file, StreamRDFLib.dataset(dsg));
        return dsg;
    }

    /**
     * Streams the file's quads into {@code into} as they are parsed, with the same limits as
     * {@link #read(Path)}; what was sent before an error stays sent.
     *
     * @throws RdfSyntaxException if the file cannot be read or parsed, or goes beyond what attache reads
     */
    public static void parse(Path file, StreamRDF into) {
        Lang lang = langOf(file);
        if (lang == null) {
            throw new RdfSyntaxException(file + ": unknown RDF format (use .trig, .nq, .ttl, .nt, .jsonld, .rdf, optionally .gz)", null);
        }
        if (lang.equals(Lang.RDFXML)) {
            try (InputStream in = open(file)) {
                XmlEntityLimits.check(file, in);
            } catch (IOException e) {
                throw new RdfSyntaxException(file + ": cannot read: " + e.getMessage(), e);
            }
        }
        try (InputStream in = open(file)) {
            InputStream source = lang.equals(Lang.RDFXML) ? in : new NestingLimitStream(in, NestingDepth.LIMIT);
            RDFParser.source(source).lang(lang).base(RELATIVE_BASE)
                    .set(LangJSONLD11.JSONLD_OPTIONS, new JsonLdOptions(new BundledContextLoader(RELATIVE_BASE)))
                    .errorHandler(new FailFast(file)).parse(new NoReservedGraphs(file, into));
        } catch (RdfSyntaxException e) {
            throw e;
        } catch (NestingLimitStream.TooDeep e) {
            throw new RdfSyntaxException(file + ": " + e.getMessage(), e);
        } catch (RiotException e) {
            throw new RdfSyntaxException(file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new RdfSyntaxException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static InputStream open(Path file) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file));
        return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
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

    /** Refuses graph names in Jena's own namespace (the union graph, ...) other than the default graph's. */
    private static final class NoReservedGraphs extends StreamRDFWrapper {
        private final Path file;

        NoReservedGraphs(Path file, StreamRDF into) {
            super(into);
            this.file = file;
        }

        @Override
        public void quad(Quad quad) {
            Node g = quad.getGraph();
            if (g != null && g.isURI() && g.getURI().startsWith(RESERVED_GRAPH_NAMES) && !quad.isDefaultGraph()) {
                throw new RdfSyntaxException(file + ": graph name <" + g.getURI() + "> is reserved by Jena (" + RESERVED_GRAPH_NAMES
                        + "…); put the data in a graph of another name", null);
            }
            super.quad(quad);
        }
    }
}

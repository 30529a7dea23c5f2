package org.w3id.attache.export;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.document.RdfDocument;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.jena.riot.system.JenaTitanium;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.attache.mapping.OntologyFiles;

/**
 * JSON-LD 1.1, compacted with attache's published context ({@code ontology/context.jsonld}) so
 * that keys read {@code "visitor"}, {@code "certainty": "certain"} rather than full IRIs. Jena's
 * own JSON-LD writer compacts with prefixes only, so the dataset goes through Titanium (the
 * JSON-LD processor Jena itself uses): RDF to expanded JSON-LD, then compaction. The context is
 * written into the document, so that it reads offline and in any JSON-LD 1.1 processor; each
 * named graph becomes a node with {@code "@graph"}.
 */
public final class JsonLdDump {
    private JsonLdDump() {
    }

    static void write(DatasetGraph data, OutputStream out) throws IOException {
        JsonObject compacted;
        try {
            JsonArray expanded = JsonLd.fromRdf(RdfDocument.of(JenaTitanium.convert(data))).get();
            JsonStructure context = context();
            JsonObject raw = JsonLd.compact(JsonDocument.of(expanded), JsonDocument.of(context)).get();
            // the context first, so a reader sees the keys explained before they are used
            var ordered = Json.createObjectBuilder().add("@context", context.asJsonObject().get("@context"));
            raw.forEach((k, v) -> {
                if (!k.equals("@context")) {
                    ordered.add(k, v);
                }
            });
            compacted = ordered.build();
        } catch (JsonLdError e) {
            throw new IOException("JSON-LD: " + e.getMessage(), e);
        }
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(new NonClosingStream(out))) {
            writer.write(compacted);
        }
        out.write('\n');
    }

    /** The context document, {@code {"@context": {...}}}, as published in {@code ontology/}. */
    private static JsonStructure context() {
        try (InputStream in = OntologyFiles.open(OntologyFiles.CONTEXT)) {
            return Json.createReader(in).read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JsonWriter closes its stream; the caller owns {@code out}. */
    private static final class NonClosingStream extends java.io.FilterOutputStream {
        NonClosingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

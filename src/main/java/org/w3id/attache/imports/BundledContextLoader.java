package org.w3id.attache.imports;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Set;
import org.w3id.attache.mapping.OntologyFiles;

/**
 * The only documents a JSON-LD file read by attache may pull in: attache's own context
 * ({@code ontology/context.jsonld}, bundled), under its IRI {@link #CONTEXT_IRI} or as
 * {@code context.jsonld} beside the file (where {@code export --out} writes it). Every other
 * {@code @context} or {@code @import}, remote or {@code file:}, is refused unread: a file must
 * not make attache fetch from the network or read the disk.
 */
final class BundledContextLoader implements DocumentLoader {
    /** The IRI attache's JSON-LD context is known by. */
    static final String CONTEXT_IRI = "https://w3id.org/attache/context.jsonld";

    private final Set<URI> servedAs;
    private final JsonStructure context;

    /** A loader serving the bundled context for {@link #CONTEXT_IRI} and for {@code context.jsonld} relative to {@code base}. */
    BundledContextLoader(String base) {
        this.servedAs = Set.of(URI.create(CONTEXT_IRI), URI.create(base).resolve(OntologyFiles.CONTEXT));
        try (InputStream in = OntologyFiles.open(OntologyFiles.CONTEXT); JsonReader reader = Json.createReader(in)) {
            this.context = reader.read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        if (!servedAs.contains(url)) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "refused to load <" + url
                    + ">: attache reads no document but the file itself; put the context in the file, or name attache's own, <"
                    + CONTEXT_IRI + ">");
        }
        Document document = JsonDocument.of(MediaType.JSON_LD, context);
        document.setDocumentUrl(url);
        return document;
    }
}

package org.w3id.attache.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/** The files of {@code ontology/} as bundled in the jar: the ontology, its shapes, the JSON-LD context. */
public final class OntologyFiles {
    public static final String ONTOLOGY = "attache.ttl";
    public static final String SHAPES = "shapes.ttl";
    public static final String CONTEXT = "context.jsonld";

    private OntologyFiles() {
    }

    /** Opens {@code ontology/NAME}; the caller closes it. */
    public static InputStream open(String name) {
        InputStream in = OntologyFiles.class.getResourceAsStream("/ontology/" + name);
        if (in == null) {
            throw new IllegalStateException("missing resource /ontology/" + name);
        }
        return in;
    }

    /** {@code ontology/NAME}, a Turtle file, as a model. */
    public static Model turtle(String name) {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = open(name)) {
            RDFDataMgr.read(m, in, Lang.TURTLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }
}

package org.w3id.attache.export;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.jena.sparql.core.DatasetGraph;

/** Writes a dataset in one format. Called inside a read transaction; must not close {@code out}. */
@FunctionalInterface
public interface Exporter {
    void write(DatasetGraph data, OutputStream out) throws IOException;
}

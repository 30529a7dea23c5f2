package org.w3id.attache.imports;

/** An RDF file that cannot be read: the message starts with the file, and line and column where known. */
public final class RdfSyntaxException extends RuntimeException {
    public RdfSyntaxException(String message, Throwable cause) {
        super(message, cause);
    }
}

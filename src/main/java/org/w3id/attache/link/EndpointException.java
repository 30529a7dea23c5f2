package org.w3id.attache.link;

/** A SPARQL endpoint could not answer: unreachable, timed out, throttled past the retries, or refused the query. */
public final class EndpointException extends RuntimeException {
    public EndpointException(String message) {
        super(message);
    }
}

package org.w3id.attache.load;

/** A load that stopped: bad input (named with its file, and line where known); nothing was written. */
public final class LoadException extends RuntimeException {
    public LoadException(String message) {
        super(message);
    }

    public LoadException(String message, Throwable cause) {
        super(message, cause);
    }
}

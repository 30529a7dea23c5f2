package org.w3id.attache.serve;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryCancelledException;

/**
 * A string as a {@link CharSequence} that stops a regular expression working on it once its query
 * is cancelled: Java's matcher reads the text only through {@link #charAt(int)}, and a pattern that
 * backtracks catastrophically reads it billions of times, so every few thousand reads the query's
 * cancel signal (set by the query timeout) is looked at, and the match ends with
 * {@link QueryCancelledException}, which Fuseki answers with 503.
 */
final class CancellableText implements CharSequence {
    private static final int READS_BETWEEN_CHECKS = 4096;

    private final String text;
    private final AtomicBoolean cancelled;
    private int readsUntilCheck = READS_BETWEEN_CHECKS;

    /** @param cancelled the query's cancel signal; null when the query cannot be cancelled */
    CancellableText(String text, AtomicBoolean cancelled) {
        this.text = text;
        this.cancelled = cancelled;
    }

    @Override
    public char charAt(int index) {
        if (--readsUntilCheck <= 0) {
            readsUntilCheck = READS_BETWEEN_CHECKS;
            if (cancelled != null && cancelled.get()) {
                throw new QueryCancelledException();
            }
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new CancellableText(text.substring(start, end), cancelled);
    }

    @Override
    public String toString() {
        return text;
    }
}

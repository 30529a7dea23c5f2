package org.w3id.attache.serve;

import java.time.Duration;
import java.util.List;

/**
 * Everything that bounds what one client can make the server do: a query's time and rows, the
 * SERVICE endpoints it may call, how many store-reading requests run at once (all together and
 * from one client address) and how many may wait for a place, the request size, and the slowest
 * request body taken.
 */
record ServerLimits(long timeoutMillis, long maxRows, List<String> allowedServices, int maxRunning, int maxPerClient,
        long maxRequestBytes, long minBodyBytesPerSecond) {
    /** How long a request body may arrive at any pace before it must keep up with the minimum rate. */
    static final Duration BODY_GRACE = Duration.ofSeconds(3);
    /** Server threads beside those the queries may hold: ping, the UI's files, request bodies arriving. */
    static final int SPARE_THREADS = 48;

    /** Requests that may wait for a place: four for every place. */
    int maxWaiting() {
        return 4 * maxRunning;
    }

    /** Enough threads for every running and waiting request, and the spare ones. */
    int maxThreads() {
        return maxRunning + maxWaiting() + SPARE_THREADS;
    }
}

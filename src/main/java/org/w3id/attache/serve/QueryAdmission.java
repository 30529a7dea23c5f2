package org.w3id.attache.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.w3id.attache.web.Site;

/**
 * A cap on the requests that read the store (queries, graph reads, pages): at most
 * {@code maxRunning} at once, at most {@code maxPerClient} of them from one client address, so
 * that one client cannot take every place. A request that finds no place waits for one, in order
 * of arrival, at most until its deadline (its arrival plus the query timeout), with at most
 * {@code maxWaiting} others;
 * when that queue is full, or the deadline passes first, it gets 503 at once. The deadline goes
 * with the request ({@link #DEADLINE}, a {@link System#nanoTime()}), so that a query that waited
 * runs only for the time left: every request ends within the timeout. {@code /$/ping}, the UI's
 * files, the home page's script and the query list are not counted and stay answerable.
 */
final class QueryAdmission implements Filter {
    /** Request attribute: the {@link System#nanoTime()} by which the request must be answered. */
    static final String DEADLINE = QueryAdmission.class.getName() + ".deadline";

    private final int maxRunning;
    private final int maxPerClient;
    private final int maxWaiting;
    private final long timeoutNanos;
    private final Map<String, Integer> runningByClient = new HashMap<>();
    /** The waiting requests, first come first. */
    private final Deque<Waiter> queue = new ArrayDeque<>();
    private int running;

    QueryAdmission(int maxRunning, int maxPerClient, int maxWaiting, long timeoutMillis) {
        this.maxRunning = maxRunning;
        this.maxPerClient = maxPerClient;
        this.maxWaiting = maxWaiting;
        this.timeoutNanos = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    }

    /** True for the paths whose requests read the store. */
    static boolean readsTheStore(String path) {
        return path.startsWith("/" + SparqlServer.DATASET_NAME + "/") || path.startsWith("/id/") || path.equals(Site.TIMELINE_PATH)
                || path.equals(Site.HOME_PATH) || path.equals(Site.SEARCH_PATH) || path.equals(Site.RELATIONS_PATH)
                || path.equals(Site.RELATION_EVENTS_PATH) || path.equals(SparqlServer.RECONCILE_PATH);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String path = http.getRequestURI().substring(http.getContextPath().length());
        if (!readsTheStore(path)) {
            chain.doFilter(request, response);
            return;
        }
        long deadline = System.nanoTime() + timeoutNanos;
        String client = request.getRemoteAddr();
        if (!admit(client, deadline)) {
            HttpServletResponse out = (HttpServletResponse) response;
            out.setHeader("Retry-After", "1");
            out.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "the server is busy: too many queries at once, try again later");
            return;
        }
        try {
            request.setAttribute(DEADLINE, deadline);
            chain.doFilter(request, response);
        } finally {
            release(client);
        }
    }

    private synchronized boolean admit(String client, long deadline) {
        if (firstServed() == null && hasPlaceFor(client)) {
            take(client);
            return true;
        }
        if (queue.size() >= maxWaiting) {
            return false;
        }
        Waiter me = new Waiter(client);
        queue.addLast(me);
        try {
            while (firstServed() != me) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            take(client);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            queue.remove(me);
            notifyAll();
        }
    }

    /** The first waiting request that a place is free for now (its client below its own cap), or null. */
    private Waiter firstServed() {
        for (Waiter w : queue) {
            if (hasPlaceFor(w.client())) {
                return w;
            }
        }
        return null;
    }

    private boolean hasPlaceFor(String client) {
        return running < maxRunning && runningByClient.getOrDefault(client, 0) < maxPerClient;
    }

    private void take(String client) {
        running++;
        runningByClient.merge(client, 1, Integer::sum);
    }

    private synchronized void release(String client) {
        running--;
        runningByClient.computeIfPresent(client, (c, n) -> n > 1 ? n - 1 : null);
        notifyAll();
    }

    /** One waiting request (compared by identity: two from one client are two waiters). */
    private static final class Waiter {
        private final String client;

        Waiter(String client) {
            this.client = client;
        }

        String client() {
            return client;
        }
    }
}

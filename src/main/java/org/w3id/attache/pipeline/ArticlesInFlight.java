package org.w3id.attache.pipeline;

import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.w3id.attache.intake.Article;
import org.w3id.attache.mapping.ArticleGraphs;
import org.w3id.attache.store.Store;

/**
 * The articles an ingest has handed to its workers and not yet stored, in the order they were
 * read. At most {@code capacity} are in flight: handing over one more first stores the oldest,
 * so a corpus of any size passes through in bounded memory. Each store is one write transaction
 * of the oldest article and those after it already processed (each article whole, at most
 * {@link #MAX_BATCH}).
 */
final class ArticlesInFlight {
    /** Articles already processed are stored together, each whole, in one write transaction of at most this many. */
    private static final int MAX_BATCH = 16;

    private record Pending(int number, Article article, Future<ArticleGraphs> graphs) {
    }

    private final Deque<Pending> pending = new ArrayDeque<>();
    private final ExecutorService pool;
    private final Function<Article, ArticleGraphs> process;
    private final Store store;
    private final int capacity;
    private final PrintWriter progress;
    private int handed;
    private int stored;
    private int facts;
    private int failures;

    ArticlesInFlight(ExecutorService pool, Function<Article, ArticleGraphs> process, Store store, int capacity, PrintWriter progress) {
        this.pool = pool;
        this.process = process;
        this.store = store;
        this.capacity = capacity;
        this.progress = progress;
    }

    /** Hands {@code article} to a worker, storing the oldest ones first while the flight is full. */
    void add(Article article) throws InterruptedException {
        while (pending.size() >= capacity) {
            storeOldest();
        }
        pending.add(new Pending(++handed, article, pool.submit(() -> process.apply(article))));
    }

    /** Stores everything still in flight. */
    void finish() throws InterruptedException {
        while (!pending.isEmpty()) {
            storeOldest();
        }
    }

    int stored() {
        return stored;
    }

    int facts() {
        return facts;
    }

    int failures() {
        return failures;
    }

    /** The oldest article, and those after it already processed: one write transaction. */
    private void storeOldest() throws InterruptedException {
        List<ArticleGraphs> batch = new ArrayList<>();
        List<Pending> batched = new ArrayList<>();
        do {
            Pending p = pending.poll();
            try {
                batch.add(p.graphs().get());
                batched.add(p);
            } catch (ExecutionException | RuntimeException e) {
                failures++;
                progress.printf("attache ingest: %s: processing failed: %s%n", p.article().origin(), e.getCause() == null ? e : e.getCause());
            }
        } while (!pending.isEmpty() && pending.peek().graphs().isDone() && batch.size() < MAX_BATCH);
        if (batch.isEmpty()) {
            return;
        }
        try {
            store.putAll(batch);
        } catch (RuntimeException e) {
            failures += batch.size();
            batched.forEach(p -> progress.printf("attache ingest: %s: storing failed: %s%n", p.article().origin(), e));
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            stored++;
            facts += batch.get(i).factCount();
            progress.printf("[%d] %s: %d facts%n", batched.get(i).number(), batched.get(i).article().origin(), batch.get(i).factCount());
        }
    }
}

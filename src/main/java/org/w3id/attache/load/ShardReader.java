package org.w3id.attache.load;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.w3id.attache.imports.RdfFileReader;
import org.w3id.attache.imports.RdfSyntaxException;

/**
 * Reads the shards on a thread of its own and checks their runs on a pool, in batches of about
 * {@link #BATCH_QUADS} quads (the shapes pass once over a batch), handing the verdicts back in
 * the order the runs were read. At most {@link #AHEAD} batches wait, so memory stays bounded
 * however large the shards are.
 */
final class ShardReader implements AutoCloseable {
    static final int AHEAD = 16;
    static final int BATCH_QUADS = 20_000;
    private static final Future<List<RunCheck.Verdict>> END = CompletableFuture.completedFuture(null);

    private final BlockingQueue<Future<List<RunCheck.Verdict>>> verdicts = new ArrayBlockingQueue<>(AHEAD);
    private final Deque<RunCheck.Verdict> ready = new ArrayDeque<>();
    private List<GraphRun> batch = new ArrayList<>();
    private int batchQuads;
    private final ExecutorService checkers;
    private final Thread reader;
    private final AtomicLong quadsRead = new AtomicLong();
    private final AtomicLong derivedLeftOut = new AtomicLong();
    private volatile RuntimeException failure;

    ShardReader(List<Path> files, SideData side, RunCheck check, int threads) {
        this.checkers = Executors.newFixedThreadPool(threads, r -> daemon(r, "attache-load-check"));
        this.reader = daemon(() -> read(files, side, check), "attache-load-read");
        reader.start();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private void read(List<Path> files, SideData side, RunCheck check) {
        try {
            for (Path file : files) {
                RunSplitter splitter = new RunSplitter(file, side, run -> add(run, check));
                RdfFileReader.parse(file, splitter);
                quadsRead.addAndGet(splitter.read());
                derivedLeftOut.addAndGet(splitter.derived());
            }
            submit(check);
        } catch (RdfSyntaxException | LoadException e) {
            failure = e;
        } catch (RuntimeException e) {
            failure = new LoadException("reading the shards failed: " + e, e);
        } finally {
            try {
                verdicts.put(END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // closed: nobody waits for the end
            }
        }
    }

    private void add(GraphRun run, RunCheck check) {
        batch.add(run);
        batchQuads += run.quads().size();
        if (batchQuads >= BATCH_QUADS) {
            submit(check);
        }
    }

    private void submit(RunCheck check) {
        if (batch.isEmpty()) {
            return;
        }
        List<GraphRun> runs = batch;
        batch = new ArrayList<>();
        batchQuads = 0;
        enqueue(checkers.submit(() -> check.check(runs, false)));
    }

    private void enqueue(Future<List<RunCheck.Verdict>> f) {
        try {
            verdicts.put(f);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadException("the load was stopped", e);
        }
    }

    /** The next run's verdict in reading order; null once every shard is read. */
    RunCheck.Verdict next() {
        try {
            while (ready.isEmpty()) {
                List<RunCheck.Verdict> batchVerdicts = verdicts.take().get();
                if (batchVerdicts == null) {
                    if (failure != null) {
                        throw failure;
                    }
                    return null;
                }
                ready.addAll(batchVerdicts);
            }
            return ready.poll();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadException("the load was stopped", e);
        } catch (ExecutionException e) {
            throw new LoadException("checking a graph failed: " + e.getCause(), e.getCause());
        }
    }

    long quadsRead() {
        return quadsRead.get();
    }

    long derivedLeftOut() {
        return derivedLeftOut.get();
    }

    @Override
    public void close() {
        reader.interrupt();
        checkers.shutdownNow();
    }
}

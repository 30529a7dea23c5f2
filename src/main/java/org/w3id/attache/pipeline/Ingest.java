package org.w3id.attache.pipeline;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.w3id.attache.extract.RuleBook;
import org.w3id.attache.intake.Article;
import org.w3id.attache.intake.ArticleReader;
import org.w3id.attache.intake.InputException;
import org.w3id.attache.intake.MetadataOverrides;
import org.w3id.attache.mapping.ArticleGraphs;
import org.w3id.attache.mapping.Iris;
import org.w3id.attache.nlp.CoreNlp;
import org.w3id.attache.nlp.Gazetteer;
import org.w3id.attache.store.Store;

/**
 * An ingest run: reads every input, processes each article, and writes it to the store in its
 * own transaction. A bad file or record is reported and skipped; the others still land.
 * Made by {@link #builder()}.
 */
public final class Ingest {
    private static final List<String> EXTENSIONS = List.of(".txt", ".md", ".json", ".jsonl", ".ndjson");
    /** Articles already processed are stored together, each whole, in one write transaction of at most this many. */
    private static final int MAX_BATCH = 16;

    /**
     * What a run did.
     *
     * @param articles articles stored
     * @param facts facts stored
     * @param errors inputs that could not be read as articles
     * @param failures articles that could not be processed or stored
     */
    public record Report(int articles, int facts, int errors, int failures) {
    }

    private final MetadataOverrides overrides;
    private final int threads;
    private final PrintWriter progress;
    private final Iris iris;

    private Ingest(Builder b) {
        this.overrides = b.overrides;
        this.threads = b.threads;
        this.progress = b.progress;
        this.iris = b.iris;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder for an {@link Ingest}; checks its settings in {@link #build()}. */
    public static final class Builder {
        private MetadataOverrides overrides = MetadataOverrides.NONE;
        private int threads = 1;
        private PrintWriter progress = new PrintWriter(System.err, true);
        private Iris iris = Iris.standard();

        public Builder overrides(MetadataOverrides o) {
            this.overrides = o;
            return this;
        }

        public Builder threads(int n) {
            this.threads = n;
            return this;
        }

        public Builder progress(PrintWriter out) {
            this.progress = out;
            return this;
        }

        public Builder iris(Iris i) {
            this.iris = i;
            return this;
        }

        public Ingest build() {
            if (threads < 1 || threads > Runtime.getRuntime().availableProcessors() * 4) {
                throw new IllegalArgumentException("--threads must be between 1 and " + Runtime.getRuntime().availableProcessors() * 4 + ", got " + threads);
            }
            if (overrides == null || progress == null || iris == null) {
                throw new IllegalArgumentException("ingest needs overrides, a progress stream and IRIs");
            }
            return new Ingest(this);
        }
    }

    /** Expands directories, reads, processes and stores; returns counts. */
    public Report run(List<String> inputs, Store store) throws IOException {
        List<Article> articles = new ArrayList<>();
        int errors = read(inputs, articles);
        int stored = 0;
        int facts = 0;
        int failures = 0;
        Gazetteer gazetteer = Gazetteer.bundled();
        RuleBook rules = RuleBook.bundled();
        ThreadLocal<ArticleProcessor> processors = ThreadLocal.withInitial(() ->
                new ArticleProcessor(threads == 1 ? CoreNlp.shared() : CoreNlp.create(), gazetteer, rules, iris));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Deque<Future<ArticleGraphs>> inFlight = new ArrayDeque<>();
        int next = 0;
        int done = 0;
        try {
            while (done < articles.size()) {
                while (next < articles.size() && inFlight.size() < threads * 2) {
                    Article a = articles.get(next++);
                    inFlight.add(pool.submit(() -> processors.get().process(a)));
                }
                // The next article in order, and those after it already processed: one write transaction.
                List<ArticleGraphs> batch = new ArrayList<>();
                List<Integer> positions = new ArrayList<>();
                do {
                    Article a = articles.get(done++);
                    try {
                        batch.add(inFlight.poll().get());
                        positions.add(done - 1);
                    } catch (ExecutionException | RuntimeException e) {
                        failures++;
                        progress.printf("attache ingest: %s: processing failed: %s%n", a.origin(), e.getCause() == null ? e : e.getCause());
                    }
                } while (!inFlight.isEmpty() && inFlight.peek().isDone() && batch.size() < MAX_BATCH);
                if (batch.isEmpty()) {
                    continue;
                }
                try {
                    store.putAll(batch);
                } catch (RuntimeException e) {
                    failures += batch.size();
                    positions.forEach(i -> progress.printf("attache ingest: %s: storing failed: %s%n", articles.get(i).origin(), e));
                    continue;
                }
                for (int b = 0; b < batch.size(); b++) {
                    stored++;
                    facts += batch.get(b).factCount();
                    int i = positions.get(b);
                    progress.printf("[%d/%d] %s: %d facts%n", i + 1, articles.size(), articles.get(i).origin(), batch.get(b).factCount());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        return new Report(stored, facts, errors, failures);
    }

    /** Reads every input into {@code articles}; reports each bad file or record and returns their count. */
    private int read(List<String> inputs, List<Article> articles) throws IOException {
        ArticleReader reader = new ArticleReader(overrides);
        int errors = 0;
        for (String input : inputs) {
            List<ArticleReader.Result> results = new ArrayList<>();
            if (input.equals("-")) {
                results.add(reader.read("-", System.in.readAllBytes()));
            } else {
                Path p = Path.of(input);
                if (!Files.exists(p)) {
                    report(new InputException(input, "no such file or directory"));
                    errors++;
                    continue;
                }
                for (Path f : expand(p)) {
                    results.add(reader.read(f));
                }
            }
            for (ArticleReader.Result r : results) {
                r.errors().forEach(this::report);
                errors += r.errors().size();
                articles.addAll(r.articles());
            }
        }
        return errors;
    }

    private void report(InputException e) {
        progress.println("attache ingest: " + e.getMessage());
    }

    /**
     * A folder's README (or a hidden file) describes the articles beside it and is not one of them;
     * named on the command line, it is read like any other file.
     */
    private static boolean isDirectoryNote(Path f) {
        String name = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.startsWith("readme.") || name.startsWith(".");
    }

    private static List<Path> expand(Path p) throws IOException {
        if (!Files.isDirectory(p)) {
            return List.of(p);
        }
        try (Stream<Path> walk = Files.walk(p)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> EXTENSIONS.stream().anyMatch(ext -> f.getFileName().toString().toLowerCase().endsWith(ext)))
                    .filter(f -> !isDirectoryNote(f))
                    .sorted()
                    .toList();
        }
    }
}

package org.w3id.attache.pipeline;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.w3id.attache.extract.CandidateModel;
import org.w3id.attache.extract.RuleBook;
import org.w3id.attache.extract.TriggerLexicon;
import org.w3id.attache.intake.Article;
import org.w3id.attache.intake.ArticleFiles;
import org.w3id.attache.intake.ArticleReader;
import org.w3id.attache.intake.InputException;
import org.w3id.attache.intake.MetadataOverrides;
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
    private final CandidateModel model;

    private Ingest(Builder b) {
        this.overrides = b.overrides;
        this.threads = b.threads;
        this.progress = b.progress;
        this.iris = b.iris;
        this.model = b.model;
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
        private CandidateModel model;

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

        /** The scorer that keeps or drops candidate facts (default: the one shipped in {@code rules/model/}). */
        public Builder model(CandidateModel m) {
            this.model = m;
            return this;
        }

        public Ingest build() {
            if (model == null) {
                model = CandidateModel.bundled();
            }
            if (threads < 1 || threads > Runtime.getRuntime().availableProcessors() * 4) {
                throw new IllegalArgumentException("--threads must be between 1 and " + Runtime.getRuntime().availableProcessors() * 4 + ", got " + threads);
            }
            if (overrides == null || progress == null || iris == null) {
                throw new IllegalArgumentException("ingest needs overrides, a progress stream and IRIs");
            }
            return new Ingest(this);
        }
    }

    /**
     * Expands directories, reads, processes and stores; returns counts. Articles are read as the
     * workers take them, so no more than a few are held at once, whatever the size of the input.
     */
    public Report run(List<String> inputs, Store store) throws IOException {
        Gazetteer gazetteer = Gazetteer.bundled();
        RuleBook rules = RuleBook.bundled();
        TriggerLexicon triggers = TriggerLexicon.bundled();
        ThreadLocal<ArticleProcessor> processors = ThreadLocal.withInitial(() ->
                new ArticleProcessor(threads == 1 ? CoreNlp.shared() : CoreNlp.create(), gazetteer, rules, triggers, model, iris));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        ArticlesInFlight flight = new ArticlesInFlight(pool, a -> processors.get().process(a), store, threads * 2, progress);
        try {
            int errors = read(inputs, flight);
            flight.finish();
            return new Report(flight.stored(), flight.facts(), errors, flight.failures());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Reads every input into {@code flight}; reports each bad file or record and returns their count. */
    private int read(List<String> inputs, ArticlesInFlight flight) throws IOException, InterruptedException {
        ArticleReader reader = new ArticleReader(overrides);
        int[] errors = {0};
        Consumer<InputException> bad = e -> {
            report(e);
            errors[0]++;
        };
        for (String input : inputs) {
            if (input.equals("-")) {
                ArticleReader.Result r = reader.read("-", standardInput());
                r.errors().forEach(bad);
                for (Article a : r.articles()) {
                    flight.add(a);
                }
                continue;
            }
            Path p = Path.of(input);
            if (!Files.exists(p)) {
                bad.accept(new InputException(input, "no such file or directory"));
                continue;
            }
            for (Path f : expand(p)) {
                try (ArticleReader.ArticleStream articles = reader.open(f, bad)) {
                    while (articles.hasNext()) {
                        flight.add(articles.next());
                    }
                }
            }
        }
        return errors[0];
    }

    /** Standard input, up to one byte more than an article file may have (which the reader then refuses). */
    private static byte[] standardInput() throws IOException {
        return System.in.readNBytes((int) ArticleReader.MAX_TEXT_FILE_BYTES + 1);
    }

    private void report(InputException e) {
        progress.println("attache ingest: " + e.getMessage());
    }

    private static List<Path> expand(Path p) throws IOException {
        if (!Files.isDirectory(p)) {
            return List.of(p);
        }
        try (Stream<Path> walk = Files.walk(p)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> ArticleFiles.inFolder(f.getFileName().toString()))
                    .sorted()
                    .toList();
        }
    }
}

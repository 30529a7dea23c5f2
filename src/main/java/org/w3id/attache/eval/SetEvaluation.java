package org.w3id.attache.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.w3id.attache.extract.CandidateModel;
import org.w3id.attache.intake.MetadataOverrides;
import org.w3id.attache.mapping.Iris;
import org.w3id.attache.pipeline.Ingest;
import org.w3id.attache.store.Store;

/**
 * Runs attache on an evaluation set end to end, as {@code run-eval.sh} does: ingest every
 * article into a fresh in-memory store, read the competency queries' rows, score them against
 * the gold with the given name variants and the set's own.
 */
public final class SetEvaluation {

    private SetEvaluation() {
    }

    public static Scorer.Score run(EvaluationSet set, List<Path> aliases, int threads, PrintWriter progress) throws IOException {
        return run(set, aliases, threads, CandidateModel.bundled(), progress);
    }

    /** The same, with a candidate scorer of one's own (a learning curve's, say). */
    public static Scorer.Score run(EvaluationSet set, List<Path> aliases, int threads, CandidateModel model, PrintWriter progress) throws IOException {
        List<Path> names = new ArrayList<>(aliases);
        names.add(set.extraAliases());
        Scorer scorer = new Scorer(Names.read(names));
        try (Store store = Store.inMemory()) {
            ingest(set.dir(), set.articleFiles().stream().map(Path::toString).toList(), store, threads, model, progress);
            return scorer.score(set, new StorePredictions(store.dataset()));
        }
    }

    /** Ingests a set's articles into {@code store}; an article that cannot be read or processed fails the set, named. */
    static void ingest(Path set, List<String> articles, Store store, int threads, CandidateModel model, PrintWriter progress) throws IOException {
        Ingest ingest = Ingest.builder().overrides(MetadataOverrides.NONE).threads(threads).progress(progress).iris(Iris.standard()).model(model).build();
        Ingest.Report report = ingest.run(articles, store);
        if (report.errors() > 0 || report.failures() > 0) {
            throw new IOException(set + ": " + report.errors() + " articles could not be read and " + report.failures() + " failed");
        }
    }
}

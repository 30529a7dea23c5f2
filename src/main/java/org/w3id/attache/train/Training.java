package org.w3id.attache.train;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.w3id.attache.eval.EvaluationSet;
import org.w3id.attache.eval.RecordKind;
import org.w3id.attache.extract.CandidateModel;

/**
 * {@code attache train}: gathers the candidates of the training sets, labels them by their
 * gold, fits the scorer and writes it as a data file. With a fraction below 1, a seeded draw of
 * that share of each set's articles is used (for learning curves).
 */
public final class Training {

    /** What to train on and how. */
    public record Options(List<Path> sets, List<Path> thresholdSets, List<Path> aliases, double fraction, long seed, double sigma, int minCount,
                          double threshold) {
        public Options {
            if (sets.isEmpty()) {
                throw new IllegalArgumentException("train needs at least one evaluation set");
            }
            if (thresholdSets.isEmpty()) {
                throw new IllegalArgumentException("train needs at least one set to choose the thresholds on");
            }
            if (fraction <= 0 || fraction > 1) {
                throw new IllegalArgumentException("--fraction must be in (0, 1]");
            }
            if (threshold <= 0 || threshold >= 1) {
                throw new IllegalArgumentException("--threshold must be in (0, 1)");
            }
        }
    }

    /** The fitted weights and what they were fitted on. */
    public record Result(Map<String, Double> weights, Map<RecordKind, Double> thresholds, int articles, int examples,
                         Map<String, int[]> byType, Map<String, int[]> coverage, List<String> uncovered, double rulesF1, double heldOutF1,
                         Map<RecordKind, int[]> rulesCounts, Map<RecordKind, int[]> heldOutCounts) {
    }

    /** Folds of the cross-validation that chooses the thresholds. */
    public static final int FOLDS = 5;

    private Training() {
    }

    public static Result run(Options o, PrintWriter progress) throws IOException {
        List<EvaluationSet> sets = new ArrayList<>();
        int articles = 0;
        for (Path p : o.sets()) {
            EvaluationSet set = EvaluationSet.read(p);
            if (o.fraction() < 1) {
                List<EvaluationSet.Entry> entries = new ArrayList<>(set.entries());
                java.util.Collections.shuffle(entries, new Random(o.seed()));
                int keep = Math.max(1, (int) Math.round(entries.size() * o.fraction()));
                List<EvaluationSet.Entry> chosen = new ArrayList<>(entries.subList(0, keep));
                chosen.sort(Comparator.comparing(EvaluationSet.Entry::name));
                set = set.only(chosen);
            }
            articles += set.entries().size();
            sets.add(set);
        }
        java.util.Set<Path> chooseOn = new java.util.HashSet<>();
        for (Path p : o.thresholdSets()) {
            if (!o.sets().contains(p)) {
                throw new IllegalArgumentException(p + ": thresholds are chosen on training sets only; add it with --set");
            }
            chooseOn.add(p.toAbsolutePath().normalize());
        }
        TrainingExamples.Gathered gathered = TrainingExamples.of(sets, o.aliases(), chooseOn, progress);
        List<Example> examples = gathered.examples();
        Map<String, int[]> byType = new TreeMap<>();
        for (Example e : examples) {
            int[] c = byType.computeIfAbsent(e.kind().id(), t -> new int[2]);
            c[e.positive() ? 0 : 1]++;
        }
        Trainer trainer = new Trainer(o.sigma(), o.minCount());
        double[] heldOut = new double[examples.size()];
        for (int fold = 0; fold < FOLDS; fold++) {
            int f = fold;
            CandidateModel model = new CandidateModel(trainer.fit(examples.stream().filter(e -> e.article() % FOLDS != f).toList()), Map.of());
            for (int i = 0; i < examples.size(); i++) {
                if (examples.get(i).article() % FOLDS == f) {
                    heldOut[i] = model.probability(examples.get(i).features());
                }
            }
        }
        Map<RecordKind, Double> thresholds = ThresholdSearch.search(gathered.articles(), examples, heldOut);
        Map<RecordKind, Double> none = ThresholdSearch.allOff();
        double rulesF1 = ThresholdSearch.f1(gathered.articles(), examples, heldOut, none);
        double heldOutF1 = ThresholdSearch.f1(gathered.articles(), examples, heldOut, thresholds);
        Map<String, Double> weights = trainer.fit(examples);
        return new Result(weights, thresholds, articles, examples.size(), byType, gathered.coverage(), gathered.uncovered(), rulesF1, heldOutF1,
                ThresholdSearch.counts(gathered.articles(), examples, heldOut, none),
                ThresholdSearch.counts(gathered.articles(), examples, heldOut, thresholds));
    }

    /** Writes the model: a header saying how it was made, the threshold, then {@code feature<TAB>weight} sorted by feature. */
    public static void write(Result r, Options o, Path out) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# attache candidate scorer: logistic regression over candidate features (rules/triggers/README.md),");
        lines.add("# written by `attache train`; do not edit by hand, train again. Probability = 1 / (1 + exp(-(bias + sum of weights))).");
        lines.add("# trained on " + r.articles() + " articles of " + String.join(", ", o.sets().stream().map(Path::toString).toList())
                + (o.fraction() < 1 ? String.format(Locale.ROOT, " (fraction %.2f, seed %d)", o.fraction(), o.seed()) : ""));
        lines.add(String.format(Locale.ROOT, "# %d candidates; sigma %.2f; features seen fewer than %d times left out", r.examples(), o.sigma(), o.minCount()));
        r.byType().forEach((t, c) -> lines.add("# " + t + ": " + c[0] + " positive, " + c[1] + " negative"));
        lines.add("# thresholds chosen on " + String.join(", ", o.thresholdSets().stream().map(Path::toString).toList()));
        lines.add(String.format(Locale.ROOT, "# micro-F1 on those articles: rules alone %.3f; rules and candidates at these thresholds, "
                + "each article scored by a model trained without it (%d folds) %.3f", r.rulesF1(), FOLDS, r.heldOutF1()));
        lines.add("threshold\t" + o.threshold());
        lines.add("# per type, rules alone -> with candidates (tp fp fn):");
        r.rulesCounts().forEach((k, c) -> {
            int[] w = r.heldOutCounts().get(k);
            lines.add(String.format(Locale.ROOT, "#   %-12s %3d %3d %3d -> %3d %3d %3d", k.id(), c[0], c[1], c[2], w[0], w[1], w[2]));
        });
        r.thresholds().forEach((k, t) -> lines.add("threshold:" + (k == RecordKind.ACCOMPANIED ? "delegation" : k.id()) + "\t" + t));
        r.weights().forEach((f, w) -> lines.add(f + "\t" + w));
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(out, lines, StandardCharsets.UTF_8);
    }
}

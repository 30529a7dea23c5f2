package org.w3id.attache.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.w3id.attache.train.Training;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attache train}: fit the candidate scorer on the gold of evaluation sets and write it as a data file. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Gather the candidate facts of evaluation sets (articles/ and gold/), label them by their gold, fit the candidate scorer "
                + "(logistic regression) and write it to rules/model/candidates.tsv. The same sets give the same model.")
final class TrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--set", paramLabel = "DIR", description = "an evaluation set to train on; repeatable "
            + "(default: ../shared/eval/dev, src/test/resources/breadth, src/test/resources/news/tune)")
    List<Path> sets = new ArrayList<>();

    @Option(names = "--thresholds-on", paramLabel = "DIR", description = "the training sets whose articles decide each type's threshold; "
            + "repeatable (default: the last --set, or src/test/resources/news/tune)")
    List<Path> thresholdSets = new ArrayList<>();

    @Option(names = "--aliases", paramLabel = "FILE", description = "name variants for matching the gold (default: ../shared/eval/aliases.tsv)")
    List<Path> aliases = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "rules/model/candidates.tsv", description = "where to write the model (default ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--fraction", defaultValue = "1", description = "train on this share of each set's articles, drawn with --seed (default ${DEFAULT-VALUE})")
    double fraction;

    @Option(names = "--seed", defaultValue = "1", description = "the seed of that draw (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--sigma", defaultValue = "1.0", description = "the prior's standard deviation: smaller keeps weights smaller (default ${DEFAULT-VALUE})")
    double sigma;

    @Option(names = "--min-count", defaultValue = "2", description = "leave out features seen fewer times (default ${DEFAULT-VALUE})")
    int minCount;

    @Option(names = "--threshold", defaultValue = "0.5", description = "the probability a candidate of a type without a threshold of its own needs (default ${DEFAULT-VALUE})")
    double threshold;

    @Option(names = "--uncovered", description = "list the required gold facts that neither a rule nor a candidate states")
    boolean uncovered;

    @Option(names = "--top", defaultValue = "25", description = "print this many of the heaviest weights each way (default ${DEFAULT-VALUE})")
    int top;

    @Override
    public Integer call() throws Exception {
        List<Path> trainOn = sets.isEmpty()
                ? List.of(Path.of("../shared/eval/dev"), Path.of("src/test/resources/breadth"), Path.of("src/test/resources/news/tune"))
                : sets;
        List<Path> names = aliases.isEmpty() ? List.of(Path.of("../shared/eval/aliases.tsv")) : aliases;
        List<Path> chooseOn = thresholdSets.isEmpty() ? List.of(trainOn.get(trainOn.size() - 1)) : thresholdSets;
        Training.Options options = new Training.Options(trainOn, chooseOn, names, fraction, seed, sigma, minCount, threshold);
        PrintWriter err = spec.commandLine().getErr();
        Training.Result result = Training.run(options, err);
        Training.write(result, options, out);
        PrintWriter o = spec.commandLine().getOut();
        o.printf("trained on %d articles, %d candidates; wrote %s (%d weights)%n", result.articles(), result.examples(), out, result.weights().size());
        result.byType().forEach((t, c) -> o.printf("  %-12s %5d positive %6d negative%n", t, c[0], c[1]));
        o.printf("micro-F1 on the articles that chose the thresholds: rules alone %.3f, with candidates kept at the chosen thresholds %.3f (held out, %d folds)%n",
                result.rulesF1(), result.heldOutF1(), Training.FOLDS);
        result.thresholds().forEach((k, t) -> o.printf("  threshold %-12s %.2f%n", k.id(), t));
        o.println("required gold facts stated by a rule or a candidate (by a candidate) / all:");
        result.coverage().forEach((t, c) -> o.printf("  %-12s %4d (%4d) / %4d%n", t, c[0], c[1], c[2]));
        if (uncovered) {
            result.uncovered().forEach(u -> o.println("  uncovered " + u));
        }
        List<Map.Entry<String, Double>> sorted = new ArrayList<>(result.weights().entrySet());
        sorted.sort(Map.Entry.comparingByValue(Comparator.reverseOrder()));
        o.println("heaviest toward keeping:");
        sorted.stream().limit(top).forEach(e -> o.printf("  %+8.3f  %s%n", e.getValue(), e.getKey()));
        o.println("heaviest toward dropping:");
        sorted.subList(Math.max(0, sorted.size() - top), sorted.size()).forEach(e -> o.printf("  %+8.3f  %s%n", e.getValue(), e.getKey()));
        o.flush();
        return ExitCode.OK;
    }
}

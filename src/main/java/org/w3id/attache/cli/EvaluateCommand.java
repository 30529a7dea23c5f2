package org.w3id.attache.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.attache.eval.ClusterEvaluation;
import org.w3id.attache.eval.EvaluationSet;
import org.w3id.attache.extract.CandidateModel;
import org.w3id.attache.eval.Scorer;
import org.w3id.attache.eval.SetEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attache evaluate}: score extraction on an evaluation set, as {@code run-eval.sh} does, without Python. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Ingest an evaluation set (articles/ and gold/) into a fresh in-memory store and score the competency queries' rows "
                + "against its gold, as ../shared/eval/score.py does: per-type P/R/F1, attributes, and a last line 'F1 ...'.")
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SET_DIR", description = "the set: articles/NAME.txt and gold/NAME.tsv (and aliases-extra.tsv)")
    Path set;

    @Option(names = "--aliases", paramLabel = "FILE", description = "name variants (aliases.tsv format); repeatable; the set's aliases-extra.tsv is always added")
    List<Path> aliases = new ArrayList<>();

    @Option(names = "--threads", defaultValue = "1", description = "articles processed in parallel (default ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--model", paramLabel = "FILE", description = "a candidate scorer written by 'attache train' (default: the shipped rules/model/candidates.tsv)")
    Path model;

    @Option(names = "--verbose", description = "list every miss and extra")
    boolean verbose;

    @Option(names = "--events", description = "SET_DIR is a clustering set (articles/ and gold/events.tsv): score how reports merge into events, pairwise and B-cubed")
    boolean events;

    @Override
    public Integer call() throws Exception {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter quiet = new PrintWriter(Writer.nullWriter());
        if (events) {
            ClusterEvaluation.Result result = ClusterEvaluation.run(set, aliases, quiet);
            if (verbose) {
                result.assignments().forEach(a -> out.println("  " + a));
                result.missed().forEach(m -> out.println("  not found " + m));
            }
            out.print(result.report());
            out.flush();
            return ExitCode.OK;
        }
        CandidateModel scorer = model == null ? CandidateModel.bundled() : CandidateModel.read(model);
        Scorer.Score score = SetEvaluation.run(EvaluationSet.read(set), aliases, threads, scorer, quiet);
        if (verbose) {
            score.misses().forEach(m -> out.println("  miss " + m));
            score.extras().forEach(e -> out.println("  extra " + e));
        }
        out.print(score.report());
        out.flush();
        return ExitCode.OK;
    }
}

package org.w3id.attache.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.attache.mapping.Iris;
import org.w3id.attache.spark.ExtractJob;
import org.w3id.attache.spark.JobReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attache spark-extract}: the extraction job, run by {@code spark-submit}, which brings Spark. */
@Command(name = "spark-extract", mixinStandardHelpOptions = true, description = "Under spark-submit: read articles from Hadoop URIs (as ingest reads them), "
        + "extract, and write one gzipped N-Quads shard per partition with counts.tsv and bad-inputs.tsv; load the shards with attache load.")
final class SparkExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--input", arity = "1..*", required = true, paramLabel = "URI", description = "files, directories or globs (file:, hdfs:, s3a: …)")
    List<String> inputs;

    @Option(names = "--output", required = true, paramLabel = "URI", description = "a new directory for the shards and the report")
    String output;

    @Option(names = "--partitions", paramLabel = "N", description = "shards to write (default: Spark's default parallelism)")
    int partitions;

    @Option(names = "--base", paramLabel = "IRI", description = "namespace of the minted IRIs, as ingest --base (default: ${DEFAULT-VALUE})")
    String base = Iris.DEFAULT_BASE;

    @Option(names = "--pipelines-per-executor", paramLabel = "N", description = "CoreNLP pipelines each executor loads, about 1 GB each (default: ${DEFAULT-VALUE})")
    int pipelines = 1;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (!sparkPresent()) {
            err.println("attache spark-extract: Spark is not on the class path; run it with spark-submit (see the README, section Spark)");
            return ExitCode.BAD_INPUT;
        }
        ExtractJob job = ExtractJob.builder().inputs(inputs).output(output).partitions(partitions).base(base).pipelinesPerExecutor(pipelines).build();
        JobReport report = job.run();
        report.bad().forEach(b -> err.println("attache spark-extract: " + b.file() + (b.line().isEmpty() ? "" : ":" + b.line()) + ": " + b.reason()));
        err.println(report.summary() + "; report in " + output);
        return report.failed() > 0 ? ExitCode.FAILURE : report.refused() > 0 ? ExitCode.BAD_INPUT : ExitCode.OK;
    }

    private static boolean sparkPresent() {
        try {
            Class.forName("org.apache.spark.SparkContext", false, SparkExtractCommand.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}

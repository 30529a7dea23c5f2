package org.w3id.attache.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.w3id.attache.mapping.Iris;
import scala.Tuple2;

/**
 * The extraction job: lists the input files on the driver (as {@code attache ingest} lists
 * them), reads each one's bytes through Hadoop's file system and hands them to the article
 * reader, runs every article through the executor JVM's {@link ExecutorPipelines
 * processor}, keeps the later of two articles with one url (as a re-ingest replaces the
 * earlier), and writes one gzipped N-Quads shard per partition ({@code part-NNNNN.nq.gz}), then
 * {@code counts.tsv}, {@code bad-inputs.tsv} and {@code _SUCCESS}. Made by {@link #builder()}.
 */
public final class ExtractJob {
    private final List<String> inputs;
    private final String output;
    private final int partitions;
    private final String base;
    private final int pipelines;

    private ExtractJob(Builder b) {
        this.inputs = List.copyOf(b.inputs);
        this.output = b.output;
        this.partitions = b.partitions;
        this.base = b.base;
        this.pipelines = b.pipelines;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder for an {@link ExtractJob}; checks its settings in {@link #build()}. */
    public static final class Builder {
        private List<String> inputs = List.of();
        private String output;
        private int partitions;
        private String base = Iris.DEFAULT_BASE;
        private int pipelines = 1;

        /** Files, directories or globs, as Hadoop URIs or paths. */
        public Builder inputs(List<String> uris) {
            this.inputs = uris;
            return this;
        }

        /** The directory the shards and the report go to; it must not exist yet, or be empty. */
        public Builder output(String uri) {
            this.output = uri;
            return this;
        }

        /** How many shards (0: Spark's default parallelism). */
        public Builder partitions(int n) {
            this.partitions = n;
            return this;
        }

        /** The namespace of minted IRIs, as {@code ingest --base}. */
        public Builder base(String iri) {
            this.base = iri;
            return this;
        }

        /** CoreNLP pipelines each executor JVM loads (its task threads share them). */
        public Builder pipelinesPerExecutor(int n) {
            this.pipelines = n;
            return this;
        }

        public ExtractJob build() {
            if (inputs == null || inputs.isEmpty() || inputs.stream().anyMatch(s -> s == null || s.isBlank())) {
                throw new IllegalArgumentException("--input: give at least one file, directory or glob");
            }
            if (output == null || output.isBlank()) {
                throw new IllegalArgumentException("--output: give the directory for the shards");
            }
            if (partitions < 0 || partitions > 100_000) {
                throw new IllegalArgumentException("--partitions must be between 0 (Spark's default) and 100000, got " + partitions);
            }
            if (pipelines < 1 || pipelines > ExecutorPipelines.MAX_PIPELINES) {
                throw new IllegalArgumentException("--pipelines-per-executor must be between 1 and " + ExecutorPipelines.MAX_PIPELINES + ", got " + pipelines);
            }
            try {
                new Iris(base);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--base: " + e.getMessage(), e);
            }
            return new ExtractJob(this);
        }
    }

    /** Runs the job in a Spark context of its own (master and settings from spark-submit), stopped at the end. */
    public JobReport run() throws IOException {
        SparkConf conf = new SparkConf().setIfMissing("spark.app.name", "attache extract");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            return run(sc);
        }
    }

    /** Runs the job in {@code sc}. */
    public JobReport run(JavaSparkContext sc) throws IOException {
        Configuration conf = sc.hadoopConfiguration();
        refuseUsedOutput(conf);
        InputFiles listed = InputFiles.list(inputs, conf);
        int shards = partitions > 0 ? partitions : sc.defaultParallelism();
        List<BadInput> bad = new ArrayList<>(listed.missing());
        List<Shard> written = List.of();
        long processed = 0;
        if (!listed.files().isEmpty()) {
            JavaRDD<Extraction> extractions = extract(sc, listed.files(), HadoopSettings.of(conf));
            extractions.persist(StorageLevel.MEMORY_AND_DISK());
            try {
                written = writeShards(extractions, shards, HadoopSettings.of(conf));
                processed = extractions.filter(Extraction::isArticle).count();
                bad.addAll(extractions.filter(e -> !e.isArticle()).map(Extraction::bad).collect());
            } finally {
                extractions.unpersist(false);
            }
        }
        JobReport report = new JobReport(listed.files().size(), processed + bad.stream().filter(b -> b.stage().equals(BadInput.PROCESS)).count(),
                processed, processed - written.stream().mapToLong(Shard::articles).sum(), written, List.copyOf(bad));
        finish(report, conf);
        return report;
    }

    /**
     * Reads and processes every file. The paths, not the bytes, are spread over a few tasks per
     * core, and each task opens its files through Hadoop: Spark's {@code binaryFiles} would pack
     * a thousand small articles into one 128 MB split (one task), and spreading its streams
     * means shuffling a Hadoop configuration with each.
     */
    private JavaRDD<Extraction> extract(JavaSparkContext sc, List<InputFiles.File> files, HadoopSettings hadoop) {
        int tasks = Math.max(1, Math.min(files.size(), 4 * sc.defaultParallelism()));
        String jobBase = base;
        int jobPipelines = pipelines;
        return sc.parallelize(files, tasks).flatMap(file -> {
            Path path = new Path(file.path());
            InputStream in;
            try {
                in = path.getFileSystem(hadoop.configuration()).open(path);
            } catch (IOException e) {
                return List.of(Extraction.of(new BadInput(file.path(), "", BadInput.READ, "cannot read: " + e.getMessage()))).iterator();
            }
            return new FileExtraction(file.path(), file.index(), file.size(), in, ExecutorPipelines.processor(jobBase, jobPipelines));
        });
    }

    private List<Shard> writeShards(JavaRDD<Extraction> extractions, int shards, HadoopSettings hadoop) {
        String out = output;
        return extractions.filter(Extraction::isArticle)
                .mapToPair(e -> new Tuple2<>(e.article().url(), e.article()))
                .reduceByKey(ExtractedArticle::later, shards)
                .values()
                .mapPartitionsWithIndex((i, articles) -> List.of(Shard.write(out, i, TaskContext.get().taskAttemptId(), articles, hadoop.configuration())).iterator(), false)
                .collect();
    }

    private void refuseUsedOutput(Configuration conf) throws IOException {
        Path dir = new Path(output);
        FileSystem fs = dir.getFileSystem(conf);
        if (fs.exists(dir) && (!fs.getFileStatus(dir).isDirectory() || fs.listStatus(dir).length > 0)) {
            throw new IllegalArgumentException("--output " + output + " already exists and is not an empty directory; give a new one");
        }
    }

    private void finish(JobReport report, Configuration conf) throws IOException {
        Path dir = new Path(output);
        FileSystem fs = dir.getFileSystem(conf);
        fs.mkdirs(dir);
        fs.delete(new Path(dir, Shard.TEMPORARY), true);
        report.writeTo(output, conf);
        fs.create(new Path(dir, "_SUCCESS"), true).close();
    }
}

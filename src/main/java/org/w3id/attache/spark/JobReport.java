package org.w3id.attache.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * What a job did, written beside the shards as {@code counts.tsv} and {@code bad-inputs.tsv}.
 *
 * @param files files listed from the inputs
 * @param articlesRead articles read from them (processed or not)
 * @param articlesProcessed articles processed into quads
 * @param articlesReplaced processed articles left out because a later input has the same url (as a re-ingest replaces it)
 * @param shards the shards written
 * @param bad inputs refused and articles whose processing failed, in no particular order
 */
public record JobReport(long files, long articlesRead, long articlesProcessed, long articlesReplaced, List<Shard> shards, List<BadInput> bad) {
    public long articlesWritten() {
        return shards.stream().mapToLong(Shard::articles).sum();
    }

    public long quadsWritten() {
        return shards.stream().mapToLong(Shard::quads).sum();
    }

    public long refused() {
        return bad.stream().filter(b -> b.stage().equals(BadInput.READ)).count();
    }

    public long failed() {
        return bad.stream().filter(b -> b.stage().equals(BadInput.PROCESS)).count();
    }

    /** The counts, by name, in the order {@code counts.tsv} lists them. */
    public Map<String, Long> counts() {
        Map<String, Long> c = new LinkedHashMap<>();
        c.put("files", files);
        c.put("articles-read", articlesRead);
        c.put("articles-processed", articlesProcessed);
        c.put("articles-replaced-by-later-input", articlesReplaced);
        c.put("articles-written", articlesWritten());
        c.put("inputs-refused", refused());
        c.put("articles-failed", failed());
        c.put("shards", (long) shards.size());
        c.put("quads-written", quadsWritten());
        return c;
    }

    /** One line for the console: the counts that matter. */
    public String summary() {
        return String.format("%d article(s) written in %d shard(s), %d quad(s); %d bad input(s), %d failure(s)",
                articlesWritten(), shards.size(), quadsWritten(), refused(), failed());
    }

    void writeTo(String output, Configuration conf) throws IOException {
        Path dir = new Path(output);
        FileSystem fs = dir.getFileSystem(conf);
        StringBuilder counts = new StringBuilder();
        counts().forEach((k, v) -> counts.append(k).append('\t').append(v).append('\n'));
        write(fs, new Path(dir, "counts.tsv"), counts.toString());
        StringBuilder lines = new StringBuilder("file\tline\tstage\treason\n");
        bad.stream().sorted(Comparator.comparing(BadInput::file).thenComparing(BadInput::line)).forEach(b -> lines.append(b.tsv()).append('\n'));
        write(fs, new Path(dir, "bad-inputs.tsv"), lines.toString());
    }

    private static void write(FileSystem fs, Path file, String text) throws IOException {
        try (OutputStream raw = fs.create(file, true); Writer out = new OutputStreamWriter(raw, StandardCharsets.UTF_8)) {
            out.write(text);
        }
    }
}

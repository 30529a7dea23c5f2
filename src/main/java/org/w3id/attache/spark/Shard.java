package org.w3id.attache.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * One partition's output: {@code part-NNNNN.nq.gz}, gzipped N-Quads of the partition's articles.
 * It is written under {@code _temporary/} with the task attempt's number and renamed into place
 * once whole, so a retried or killed task never leaves a half-written shard under the final name.
 *
 * @param partition the partition number
 * @param articles articles written
 * @param quads quads written
 */
public record Shard(int partition, long articles, long quads) implements Serializable {
    static final String TEMPORARY = "_temporary";

    static String name(int partition) {
        return String.format("part-%05d.nq.gz", partition);
    }

    /** Writes {@code articles} as shard {@code partition} of {@code output}. */
    static Shard write(String output, int partition, long attempt, Iterator<ExtractedArticle> articles, Configuration conf) {
        Path dir = new Path(output);
        Path temp = new Path(new Path(dir, TEMPORARY), name(partition) + ".attempt-" + attempt);
        Path target = new Path(dir, name(partition));
        long count = 0;
        long quads = 0;
        try {
            FileSystem fs = dir.getFileSystem(conf);
            try (OutputStream raw = fs.create(temp, true);
                 Writer out = new OutputStreamWriter(new GZIPOutputStream(raw, 1 << 16), StandardCharsets.UTF_8)) {
                while (articles.hasNext()) {
                    ExtractedArticle a = articles.next();
                    out.write(a.nquads());
                    count++;
                    quads += a.quads();
                }
            }
            fs.delete(target, false);
            if (!fs.rename(temp, target)) {
                throw new IOException("cannot rename " + temp + " to " + target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing shard " + target + ": " + e.getMessage(), e);
        }
        return new Shard(partition, count, quads);
    }
}

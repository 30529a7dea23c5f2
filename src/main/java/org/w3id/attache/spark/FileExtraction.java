package org.w3id.attache.spark;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;
import org.w3id.attache.intake.Article;
import org.w3id.attache.intake.ArticleReader;
import org.w3id.attache.intake.MetadataOverrides;
import org.w3id.attache.mapping.ArticleGraphs;
import org.w3id.attache.pipeline.ArticleProcessor;

/**
 * One input file on an executor: read by {@link ArticleReader} (as {@code attache ingest} reads
 * it), each article processed by the JVM's {@link ArticleProcessor}, one {@link Extraction} per
 * article or bad input, made as they are asked for, so that a JSON Lines file of any size passes
 * through in the memory of a few articles.
 */
final class FileExtraction implements Iterator<Extraction> {
    private final String file;
    private final long fileIndex;
    private final ArticleProcessor processor;
    private final ArticleReader.ArticleStream articles;
    private final Deque<Extraction> ready = new ArrayDeque<>();
    private long record;
    private boolean done;

    FileExtraction(String file, long fileIndex, long size, InputStream in, ArticleProcessor processor) {
        this.file = file;
        this.fileIndex = fileIndex;
        this.processor = processor;
        this.articles = new ArticleReader(MetadataOverrides.NONE).open(file, size, in, e -> ready.add(Extraction.of(BadInput.refused(file, e))));
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty() && !done) {
            if (articles.hasNext()) {
                ready.add(process(articles.next()));
            } else {
                done = true;
                articles.close();
            }
        }
        return !ready.isEmpty();
    }

    @Override
    public Extraction next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.poll();
    }

    private Extraction process(Article article) {
        long number = record++;
        try {
            ArticleGraphs graphs = processor.process(article);
            StringBuilder nquads = new StringBuilder();
            long[] count = {0};
            graphs.quads().forEach(q -> {
                nquads.append(line(q)).append('\n');
                count[0]++;
            });
            return Extraction.of(new ExtractedArticle(article.url(), fileIndex, number, article.origin(), count[0], nquads.toString()));
        } catch (RuntimeException e) {
            return Extraction.of(BadInput.failed(file, article.origin(), e));
        }
    }

    /**
     * One N-Quads line. A blank node is written with its own (JVM-wide unique) label, so two
     * articles in one shard never share one.
     */
    static String line(Quad q) {
        return NodeFmtLib.strNQ(q);
    }
}

package org.w3id.attache.spark;

import java.io.Serializable;

/**
 * One article's quads as N-Quads text, with its place in the input: when one url comes twice,
 * the later (in the order {@code attache ingest} reads the same inputs) replaces the earlier,
 * as a re-ingest does.
 *
 * @param url the article's url
 * @param fileIndex the file's place among the inputs, in ingest's order
 * @param record the article's place in its file
 * @param origin file and line, for messages
 * @param quads how many quads {@code nquads} holds
 * @param nquads the quads, one N-Quads line each
 */
record ExtractedArticle(String url, long fileIndex, long record, String origin, long quads, String nquads) implements Serializable {
    /** The one of two versions of the same url that ingest would have kept: the later. */
    static ExtractedArticle later(ExtractedArticle a, ExtractedArticle b) {
        boolean bLater = b.fileIndex > a.fileIndex || b.fileIndex == a.fileIndex && b.record > a.record;
        return bLater ? b : a;
    }
}

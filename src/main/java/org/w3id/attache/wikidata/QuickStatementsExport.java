package org.w3id.attache.wikidata;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.attache.store.Store;

/**
 * Writes what attache can give back to Wikidata as QuickStatements (version 1, tab-separated):
 * one line per P39 (position held) statement whose person and post are both linked, with
 * {@code P580} (start time) where the text dates an appointment, {@code P582 somevalue} where it
 * says the post is no longer held, and a reference: {@code S854} the article's url, {@code S813}
 * the day it was retrieved. Unlinked people or posts, and uncertain, hedged, negated or planned
 * facts give nothing. Visits, meetings, arms transfers and statements have no Wikidata statement
 * form and stay in attache. A statement found in several articles is written once per article, so
 * each line carries its own source.
 */
public final class QuickStatementsExport {
    private QuickStatementsExport() {
    }

    /** Writes the statements of the store; returns the lines written. */
    public static int write(Store store, PrintWriter out) {
        return store.read(ds -> write(ds, out));
    }

    /** Writes the statements of a dataset as UTF-8 ({@code attache export --format quickstatements}); leaves {@code out} open. */
    public static void write(DatasetGraph data, OutputStream out) {
        write(DatasetFactory.wrap(data), new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
    }

    /** Writes the statements of a dataset; call inside a read transaction. Returns the lines written. */
    public static int write(Dataset ds, PrintWriter out) {
        List<String> lines = PositionStatements.read(ds).stream().filter(PositionStatement::linked)
                .map(QuickStatementsExport::line).distinct().toList();
        lines.forEach(out::println);
        out.flush();
        return lines.size();
    }

    static String line(PositionStatement s) {
        StringBuilder b = new StringBuilder();
        b.append(s.holderQid()).append("\tP39\t").append(s.postQid());
        if (s.start() != null) {
            b.append("\tP580\t").append(s.start().quickStatements());
        }
        if (s.former()) {
            b.append("\tP582\tsomevalue");
        }
        b.append("\tS854\t\"").append(s.source().replace("\"", "%22")).append('"');
        b.append("\tS813\t").append(new WikidataTime(s.retrieved(), 11).quickStatements());
        return b.toString();
    }
}

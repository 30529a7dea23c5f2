package org.w3id.attache.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.system.Txn;

/** Loads competency queries by name or file and runs them over a dataset. */
public final class QueryRunner {
    /** The competency queries shipped under {@code queries/}, in the order of architecture.md §4. */
    public static final List<String> NAMES = List.of("visits", "meetings", "positions", "cooperation", "supply",
            "statements", "attendance", "delegations", "entities", "events");

    /** Output formats. */
    public enum Format {
        CSV, TSV, JSON, TABLE;

        public static Format parse(String name) {
            try {
                return valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown format '" + name + "'; use csv, tsv, json or table");
            }
        }

        public String extension() {
            return this == TABLE ? "txt" : name().toLowerCase(Locale.ROOT);
        }
    }

    private QueryRunner() {
    }

    /** The text of a shipped query by name ("visits"), comments included. */
    public static String shippedText(String name) throws IOException {
        try (InputStream in = QueryRunner.class.getResourceAsStream("/queries/" + name + ".rq")) {
            if (in == null) {
                throw new IllegalArgumentException("no competency query named '" + name + "'; known: " + String.join(", ", NAMES));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A shipped query by name ("visits"), or a .rq file; a syntax error names the file and line. */
    public static Query load(String nameOrFile) throws IOException {
        String text;
        String origin;
        if (nameOrFile.endsWith(".rq")) {
            Path p = Path.of(nameOrFile);
            try {
                text = Files.readString(p, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new IllegalArgumentException(nameOrFile + ": no such query file");
            }
            origin = nameOrFile;
        } else {
            text = shippedText(nameOrFile);
            origin = "queries/" + nameOrFile + ".rq";
        }
        try {
            return QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new IllegalArgumentException(origin + ":" + e.getLine() + ": " + e.getMessage());
        }
    }

    /** Runs a SELECT (or ASK/CONSTRUCT as text) query and writes the results. */
    public static void run(Dataset dataset, Query query, Format format, OutputStream out) {
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.create(query, dataset)) {
                if (query.isSelectType()) {
                    ResultSet rs = qe.execSelect();
                    switch (format) {
                        case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
                        case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
                        case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
                        case TABLE -> ResultSetFormatter.out(out, rs, query.getPrologue());
                    }
                } else if (query.isAskType()) {
                    ResultSetFormatter.out(out, qe.execAsk());
                } else {
                    org.apache.jena.riot.RDFDataMgr.write(out, query.isConstructType() ? qe.execConstruct() : qe.execDescribe(),
                            org.apache.jena.riot.Lang.TURTLE);
                }
            }
        });
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}

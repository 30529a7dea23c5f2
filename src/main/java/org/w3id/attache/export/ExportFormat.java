package org.w3id.attache.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.w3id.attache.wikidata.QuickStatementsExport;

/**
 * The formats {@code attache export --format} knows. Adding one is one constant: its name on the
 * command line, the file extension it suggests, and the {@link Exporter} that writes it.
 */
public enum ExportFormat {
    TRIG("trig", "trig", RdfDump::trig),
    NQUADS("nquads", "nq", RdfDump::nquads),
    TURTLE("turtle", "ttl", RdfDump::turtleOfUnion),
    JSONLD("jsonld", "jsonld", JsonLdDump::write),
    PLOVER("plover", "jsonl", PloverWriter::write),
    /** PLOVER records of the merged events: one per real-world event, with every reporting article as a source. */
    PLOVER_EVENTS("plover-events", "jsonl", PloverEventWriter::write),
    QUICKSTATEMENTS("quickstatements", "qs", QuickStatementsExport::write);

    private final String cliName;
    private final String extension;
    private final Exporter exporter;

    ExportFormat(String cliName, String extension, Exporter exporter) {
        this.cliName = cliName;
        this.extension = extension;
        this.exporter = exporter;
    }

    public String cliName() {
        return cliName;
    }

    public String extension() {
        return extension;
    }

    public Exporter exporter() {
        return exporter;
    }

    /**
     * The format called {@code name} (case-insensitive).
     *
     * @throws IllegalArgumentException naming the formats there are
     */
    public static ExportFormat parse(String name) {
        for (ExportFormat f : values()) {
            if (f.cliName.equals(name.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown export format '" + name + "'; one of: " + names());
    }

    /** The names, comma separated, for help and error messages. */
    public static String names() {
        return Arrays.stream(values()).map(ExportFormat::cliName).collect(Collectors.joining(", "));
    }
}

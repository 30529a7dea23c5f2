package org.w3id.attache.spark;

import java.io.Serializable;
import org.w3id.attache.intake.InputException;

/**
 * An input the job could not turn into quads, for the report.
 *
 * @param file the file, as Hadoop names it ({@code file:/…}, {@code hdfs://…}, {@code s3a://…})
 * @param line the line of a JSON Lines record, {@code [i]} for an element of a JSON array, the
 *     line of a front-matter field; empty when the reason concerns the whole file
 * @param stage {@code read} (the file or record is not an article) or {@code process} (the
 *     article could not be processed)
 * @param reason why, in the words {@code attache ingest} uses
 */
public record BadInput(String file, String line, String stage, String reason) implements Serializable {
    static final String READ = "read";
    static final String PROCESS = "process";

    /** What the article reader refused in {@code file}. */
    static BadInput refused(String file, InputException e) {
        String place = e.place();
        String line = place.startsWith(file) ? place.substring(file.length()) : "";
        if (line.startsWith(":")) {
            line = line.substring(1);
        }
        String message = e.getMessage();
        String reason = message.startsWith(place + ": ") ? message.substring(place.length() + 2) : message;
        return new BadInput(file, line, READ, reason);
    }

    /** An article of {@code file} whose processing failed. */
    static BadInput failed(String file, String origin, RuntimeException e) {
        String line = origin.startsWith(file) ? origin.substring(file.length()).replaceFirst("^:", "") : "";
        return new BadInput(file, line, PROCESS, "processing failed: " + e);
    }

    /** One line of {@code bad-inputs.tsv}: tabs and line breaks in the text become spaces. */
    String tsv() {
        return String.join("\t", clean(file), clean(line), stage, clean(reason));
    }

    private static String clean(String s) {
        return s.replaceAll("[\\t\\r\\n]", " ");
    }
}

package org.w3id.attache.eval;

import java.util.List;

/**
 * One line of a gold file.
 *
 * @param kind the record type
 * @param values its fields, as many as the type has (missing ones empty)
 * @param optional a {@code ?} line: true but minor, never counted as a miss
 * @param line the line number in its file, for messages
 */
public record GoldRow(RecordKind kind, List<String> values, boolean optional, int line) {

    public String value(int i) {
        return values.get(i);
    }
}

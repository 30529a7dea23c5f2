package org.w3id.attache.eval;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The eight record types of a gold file, each with its gold columns and the competency query
 * (and its columns) that gives the same fields, as {@code score.py}'s table says.
 */
public enum RecordKind {
    VISIT("visits", List.of("visitorLabel", "destinationLabel", "date", "hostLabel")),
    MEETING("meetings", List.of("participantLabel", "counterpartLabel", "date", "topic")),
    POSITION("positions", List.of("personLabel", "positionLabel", "organizationLabel", "status")),
    COOPERATION("cooperation", List.of("partyLabel", "counterpartyLabel", "domain", "status")),
    SUPPLY("supply", List.of("supplierLabel", "recipientLabel", "item", "hedged")),
    STATEMENT("statements", List.of("speakerLabel", "mediumLabel", "date", "content")),
    ATTENDANCE("attendance", List.of("personLabel", "eventLabel", "date")),
    ACCOMPANIED("delegations", List.of("leaderLabel", "memberLabel", "date"));

    private final String query;
    private final List<String> columns;

    RecordKind(String query, List<String> columns) {
        this.query = query;
        this.columns = columns;
    }

    /** The name a gold file gives the type ("visit", "accompanied"). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The competency query whose rows hold this type ("visits"). */
    public String query() {
        return query;
    }

    /** The query's columns for the gold file's fields, in the gold file's order. */
    public List<String> columns() {
        return columns;
    }

    /** How many fields a gold line of this type has after the type. */
    public int width() {
        return columns.size();
    }

    public static Optional<RecordKind> of(String id) {
        for (RecordKind k : values()) {
            if (k.id().equals(id)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}

package org.w3id.attache.extract;

import java.util.List;
import java.util.Locale;

/**
 * The eight record types attache extracts, named as in the rule files, each with the roles its
 * facts may have (entities) and the roles a fact cannot do without.
 */
public enum FactType {
    VISIT(List.of("visitor", "destination", "host"), List.of("visitor", "destination")),
    MEETING(List.of("participant", "counterpart"), List.of("participant", "counterpart")),
    POSITION(List.of("holder", "organisation"), List.of("holder")),
    COOPERATION(List.of("party", "counterparty"), List.of("party", "counterparty")),
    SUPPLY(List.of("supplier", "recipient", "item"), List.of("supplier", "recipient", "item")),
    STATEMENT(List.of("speaker", "medium"), List.of("speaker")),
    ATTENDANCE(List.of("attendee", "event"), List.of("attendee", "event")),
    DELEGATION(List.of("leader", "member"), List.of("leader", "member"));

    private final List<String> roles;
    private final List<String> required;

    FactType(List<String> roles, List<String> required) {
        this.roles = roles;
        this.required = required;
    }

    public static FactType parse(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The roles a fact of this type may fill with an entity (or, for a supply's item, a phrase). */
    public List<String> roles() {
        return roles;
    }

    /** The roles without which there is no fact of this type. */
    public List<String> required() {
        return required;
    }
}

package org.w3id.attache.extract;

import java.util.Locale;

/** The eight record types attache extracts, named as in the rule files. */
public enum FactType {
    VISIT, MEETING, POSITION, COOPERATION, SUPPLY, STATEMENT, ATTENDANCE, DELEGATION;

    public static FactType parse(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

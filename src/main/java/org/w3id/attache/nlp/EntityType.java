package org.w3id.attache.nlp;

import java.util.Locale;

/**
 * The kinds of entity the gazetteer and NER know. Each has the token tag that rules match on
 * ({@code {ner:PERSON}}) and the IRI segment that keeps entities of different kinds apart.
 */
public enum EntityType {
    PERSON("PERSON", "person"),
    STATE("STATE", "state"),
    CITY("LOCATION", "place"),
    REGION("LOCATION", "place"),
    PLACE("LOCATION", "place"),
    GOVERNMENT_BODY("ORGANIZATION", "org"),
    ARMED_FORCES("ORGANIZATION", "org"),
    MILITARY_JUNTA("ORGANIZATION", "org"),
    POLITICAL_PARTY("ORGANIZATION", "org"),
    COMPANY("ORGANIZATION", "org"),
    MEDIA_OUTLET("ORGANIZATION", "org"),
    INTERNATIONAL_ORG("ORGANIZATION", "org"),
    ARMED_GROUP("ORGANIZATION", "org"),
    ORGANISATION("ORGANIZATION", "org"),
    GROUP("GROUP", "group"),
    EVENT("EVENT", "event");

    private final String tag;
    private final String segment;

    EntityType(String tag, String segment) {
        this.tag = tag;
        this.segment = segment;
    }

    /** The token tag rules see, e.g. PERSON, STATE, ORGANIZATION, LOCATION. */
    public String tag() {
        return tag;
    }

    /** The IRI path segment, e.g. person, state, org, place. */
    public String segment() {
        return segment;
    }

    /** Can this entity act: visit, meet, supply, speak? */
    public boolean isAgent() {
        return this == PERSON || this == STATE || tag.equals("ORGANIZATION") || this == GROUP;
    }

    public boolean isPlace() {
        return tag.equals("LOCATION") || this == STATE;
    }

    /** Parses a gazetteer type name such as {@code military-junta}. */
    public static EntityType parse(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}

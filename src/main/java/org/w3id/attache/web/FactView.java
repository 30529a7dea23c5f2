package org.w3id.attache.web;

import java.util.List;

/**
 * One stored fact as the pages show it: its class, its roles and values, when it happened, how
 * certain it is, and the sentence it came from.
 *
 * @param iri the fact node
 * @param kind the fact class's local name ("Visit")
 * @param roles the fact's roles and values, in the order of the ontology's role list
 * @param date the lexical date ("2025-05-07", "2025-05"), or empty
 * @param earliest the first day the date allows ("2025-05-01"), or empty
 * @param latest the last day the date allows, or empty
 * @param certainty "certain", "probable" or "possible"
 * @param negated true when the text says it did not happen
 * @param article the article the fact was read from
 * @param sentence the evidence sentence, or empty
 * @param begin the sentence's first code point in the article text, or -1
 * @param end the code point after the sentence, or -1
 */
record FactView(String iri, String kind, List<Role> roles, String date, String earliest, String latest,
        String certainty, boolean negated, String article, String sentence, int begin, int end) {

    /**
     * A role of a fact and its value: an entity (with its IRI) or a literal / concept (iri empty).
     *
     * @param name the property's local name ("visitor")
     * @param iri the value's IRI when it is an entity, else empty
     * @param label the value as text: the entity's label, the literal, the concept's local name
     */
    record Role(String name, String iri, String label) {
    }

    /** The values of role {@code name}. */
    List<Role> role(String name) {
        return roles.stream().filter(r -> r.name().equals(name)).toList();
    }

    /** The anchor of this fact on its article's page. */
    String anchor() {
        return "fact-" + iri.substring(iri.lastIndexOf('/') + 1);
    }

    /** The date for sorting: the earliest day, else the date, else empty (sorts first). */
    String sortDate() {
        return earliest.isEmpty() ? date : earliest;
    }
}

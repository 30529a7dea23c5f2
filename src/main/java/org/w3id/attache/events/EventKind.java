package org.w3id.attache.events;

import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.w3id.attache.mapping.Vocab;

/**
 * The kinds of fact that tell of a real-world event, with what identifies one: the roles whose
 * fillers must be the same entities, and how far apart in days two reports of it may be dated.
 */
public enum EventKind {
    /** A trip: the same visitors to the same state; a stay reported over several days is one visit. */
    VISIT("visit", List.of(Vocab.Visit), List.of(Vocab.visitor), List.of(Vocab.host), 10),
    /** The same people meeting; reports a day apart (time zones, arrival and talks) are one meeting. */
    MEETING("meeting", List.of(Vocab.Meeting), List.of(Vocab.participant), List.of(), 1),
    /** The same two parties agreeing or cooperating in one domain. */
    COOPERATION("cooperation", List.of(Vocab.Agreement, Vocab.Cooperation), List.of(Vocab.party, Vocab.counterparty), List.of(), 1),
    /** The same supplier and recipient: one delivery, sale or contract. */
    SUPPLY("supply", List.of(Vocab.ArmsTransfer), List.of(Vocab.supplier, Vocab.recipient), List.of(), 3),
    /** The same person at the same named occasion. */
    ATTENDANCE("attendance", List.of(Vocab.Attendance), List.of(Vocab.attendee), List.of(), 5);

    private final String label;
    private final List<Resource> classes;
    private final List<Property> keyRoles;
    private final List<Property> otherRoles;
    private final int maxSpanDays;

    EventKind(String label, List<Resource> classes, List<Property> keyRoles, List<Property> otherRoles, int maxSpanDays) {
        this.label = label;
        this.classes = classes;
        this.keyRoles = keyRoles;
        this.otherRoles = otherRoles;
        this.maxSpanDays = maxSpanDays;
    }

    /** The record type's name, as in the competency queries' file names ("visit"). */
    public String label() {
        return label;
    }

    /** The fact classes that report this kind of event; the first one names it. */
    public List<Resource> classes() {
        return classes;
    }

    /** The roles whose fillers identify the event. */
    List<Property> keyRoles() {
        return keyRoles;
    }

    /** Further roles whose fillers take part (a visit's host). */
    List<Property> otherRoles() {
        return otherRoles;
    }

    /** The most days between the first and the last day-dated report of one event. */
    int maxSpanDays() {
        return maxSpanDays;
    }

    /** Whether the key roles are unordered (the two parties of a cooperation, a meeting's participants). */
    boolean symmetric() {
        return this == MEETING || this == COOPERATION;
    }

    /** The kind a fact of class {@code type} reports, if any. */
    static Optional<EventKind> of(Node type) {
        for (EventKind k : values()) {
            for (Resource c : k.classes) {
                if (c.asNode().equals(type)) {
                    return Optional.of(k);
                }
            }
        }
        return Optional.empty();
    }

    /** The kind named {@code label} ("visit"). */
    public static Optional<EventKind> named(String label) {
        for (EventKind k : values()) {
            if (k.label.equals(label)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}

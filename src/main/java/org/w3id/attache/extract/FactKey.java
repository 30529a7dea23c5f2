package org.w3id.attache.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3id.attache.nlp.Entity;

/**
 * What makes two facts of an article the same fact, attributes aside: a visit's visitor, place
 * and date; a meeting's two people and date; a post's holder and title; a cooperation's parties
 * and domain; a supply's supplier, recipient and item; a statement's speaker and date;
 * attendance's person and event; a delegation's leader and member. A candidate that states a
 * fact the article already has adds nothing and may only contradict its attributes.
 */
final class FactKey {

    private FactKey() {
    }

    static String of(Fact f) {
        List<String> parts = new ArrayList<>();
        parts.add(f.type().id());
        switch (f.type()) {
            case VISIT -> parts.addAll(List.of(label(f, "visitor"), label(f, "destination"), f.date()));
            case MEETING, COOPERATION -> {
                List<String> sides = new ArrayList<>();
                for (String role : f.type().required()) {
                    f.roles().getOrDefault(role, List.of()).forEach(e -> sides.add(e.label()));
                }
                sides.sort(String::compareTo);
                parts.addAll(sides);
                parts.add(f.type() == FactType.MEETING ? f.date() : f.value("domain"));
            }
            case POSITION -> parts.addAll(List.of(label(f, "holder"), f.value("title").toLowerCase(Locale.ROOT)));
            case SUPPLY -> parts.addAll(List.of(label(f, "supplier"), label(f, "recipient"), f.value("item").toLowerCase(Locale.ROOT)));
            case STATEMENT -> parts.addAll(List.of(label(f, "speaker"), f.date()));
            case ATTENDANCE -> parts.addAll(List.of(label(f, "attendee"), label(f, "event").toLowerCase(Locale.ROOT)));
            case DELEGATION -> parts.addAll(List.of(label(f, "leader"), label(f, "member")));
        }
        return String.join("|", parts);
    }

    private static String label(Fact f, String role) {
        Entity e = f.role(role);
        return e == null ? "" : e.label();
    }
}

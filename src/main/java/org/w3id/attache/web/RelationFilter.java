package org.w3id.attache.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.w3id.attache.events.EventKind;
import org.w3id.attache.events.RelationTallies;
import org.w3id.attache.mapping.Vocab;

/**
 * What the relations view shows: events of some kinds (visits, meetings, cooperation and
 * agreements, arms supplies) whose dates overlap a window (open at either end; without a window,
 * undated events count too), between states, or between states and people when
 * {@code leaders} is on. Made from a request's parameters, which it checks.
 */
public record RelationFilter(LocalDate from, LocalDate to, Set<EventKind> kinds, boolean leaders) {
    /** The kinds of event that relate two parties, in the order offered. */
    public static final List<EventKind> KINDS = RelationTallies.KINDS;

    public RelationFilter {
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the window ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /**
     * The filter the parameters ask for: {@code from} and {@code to} as YYYY-MM-DD (or empty),
     * {@code kind} any of visit, meeting, cooperation, supply (none given: all four), {@code leaders} "on".
     *
     * @throws IllegalArgumentException naming the bad parameter
     */
    public static RelationFilter of(String from, String to, String[] kinds, String leaders) {
        Set<EventKind> chosen = EnumSet.noneOf(EventKind.class);
        if (kinds == null || kinds.length == 0) {
            chosen.addAll(KINDS);
        } else {
            if (kinds.length > KINDS.size()) {
                throw new IllegalArgumentException("at most " + KINDS.size() + " kinds");
            }
            for (String k : kinds) {
                chosen.add(KINDS.stream().filter(e -> e.label().equals(k)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                        "kind must be one of visit, meeting, cooperation, supply, got '" + shortened(k) + "'")));
            }
        }
        return new RelationFilter(day("from", from), day("to", to), chosen, "on".equals(leaders));
    }

    private static LocalDate day(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a day as YYYY-MM-DD, got '" + shortened(value) + "'");
        }
    }

    private static String shortened(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }

    /** The parameters that ask for this filter, to append to a link ({@code from=…&kind=visit&…}). */
    String parameters() {
        StringBuilder s = new StringBuilder();
        if (from != null) {
            s.append("from=").append(from).append('&');
        }
        if (to != null) {
            s.append("to=").append(to).append('&');
        }
        KINDS.stream().filter(kinds::contains).forEach(k -> s.append("kind=").append(k.label()).append('&'));
        if (leaders) {
            s.append("leaders=on&");
        }
        return s.toString();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** SPARQL: the VALUES of the chosen kinds' event classes, for {@code ?class}. */
    String classValues() {
        return "VALUES ?class { " + classes() + " }";
    }

    /**
     * SPARQL: {@code ?class}, bound before, is one of the chosen kinds' event classes (a filter,
     * not VALUES, which the optimiser would evaluate first and so run the rest once per kind).
     */
    String classFilter() {
        return "FILTER(?class IN (" + classes().replace(" ", ", ") + "))";
    }

    private String classes() {
        return KINDS.stream().filter(kinds::contains).map(k -> "<" + k.classes().get(0).getURI() + ">").collect(Collectors.joining(" "));
    }

    /** SPARQL inside the events graph: the event {@code ?e} overlaps the window (bound as ?from and ?to). */
    String window() {
        if (from == null && to == null) {
            return "";
        }
        return "?e <" + Vocab.firstDay.getURI() + "> ?first ; <" + Vocab.lastDay.getURI() + "> ?last ."
                + (from == null ? "" : " FILTER(?last >= ?from)") + (to == null ? "" : " FILTER(?first <= ?to)");
    }

    /** SPARQL: the att:withPeople value of the tallies this filter reads. */
    String people() {
        return Boolean.toString(leaders);
    }

    /**
     * SPARQL inside the events graph: the tallies {@code ?t} of this filter's mode that its
     * window sums, and {@code ?k} what each adds to its pair's count ({@link WindowTallies}).
     */
    String counted() {
        return WindowTallies.counted(from, to, leaders, window());
    }
}

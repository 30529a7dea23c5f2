package org.w3id.attache.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.attache.mapping.Vocab;

/**
 * The timeline of the visits and meetings the texts say happened (negated ones are left out), optionally only those in which one actor takes part or
 * which involve one country (the country itself, or an actor or place of that country).
 */
public final class TimelinePage {
    private static final Set<String> ACTOR_ROLES = Set.of("visitor", "host", "participant", "destination");
    private final Site site;

    public TimelinePage(Site site) {
        this.site = site;
    }

    /**
     * The page; {@code actor} and {@code country} are IRIs, or null / empty for no filter.
     * The caller holds a read transaction on {@code dataset}.
     */
    public String render(DatasetGraph dataset, String actor, String country) {
        GraphReader graph = new GraphReader(dataset);
        List<FactView> all = new ArrayList<>(graph.factsOfType(Vocab.Visit));
        all.addAll(graph.factsOfType(Vocab.Meeting));
        Map<String, String> actors = new TreeMap<>();
        Map<String, String> countries = new TreeMap<>();
        for (FactView f : all) {
            for (String iri : actorsOf(f)) {
                actors.put(graph.label(graph.resource(iri)) + "\u0000" + iri, iri);
                for (String c : countriesOf(graph, iri)) {
                    countries.put(graph.label(graph.resource(c)) + "\u0000" + c, c);
                }
            }
        }
        List<FactView> shown = all.stream()
                .filter(f -> !f.negated())
                .filter(f -> blank(actor) || actorsOf(f).contains(actor))
                .filter(f -> blank(country) || actorsOf(f).stream().anyMatch(a -> countriesOf(graph, a).contains(country)))
                .toList();
        List<TimelineChart.Event> events = new ArrayList<>();
        int undated = 0;
        for (FactView f : shown) {
            Optional<LocalDate[]> days = days(f);
            if (days.isEmpty()) {
                undated++;
                continue;
            }
            events.add(new TimelineChart.Event(f.kind().toLowerCase(Locale.ROOT), summary(f), days.get()[0], days.get()[1],
                    site.href(f.article(), f.anchor()), f.sentence()));
        }
        events.sort(Comparator.comparing(TimelineChart.Event::first).thenComparing(TimelineChart.Event::label));

        Html body = new Html().open("form", "method", "get", "action", Site.TIMELINE_PATH, "id", "timeline-filter");
        select(body, "actor", "actor", actors, actor);
        select(body, "country", "country", countries, country);
        body.open("button", "type", "submit").text("Show").close("button").close("form");
        body.open("p", "class", "legend").open("span", "style", "color:#1f77b4").text("● visit").close("span").text("  ")
                .open("span", "style", "color:#ff7f0e").text("● meeting").close("span")
                .text(" — a dot is a day, a bar the month or year the text gives. " + events.size() + " shown"
                        + (undated > 0 ? ", " + undated + " without a date left out" : "") + ".").close("p");
        body.append(TimelineChart.draw(events));
        return site.page("Timeline of visits and meetings", body);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private void select(Html body, String name, String text, Map<String, String> options, String chosen) {
        body.open("label").text(text + " ").open("select", "name", name, "id", "filter-" + name).open("option", "value", "").text("any")
                .close("option");
        options.forEach((key, iri) -> body.open("option", "value", iri, "selected", iri.equals(chosen) ? "selected" : null)
                .text(key.substring(0, key.indexOf('\u0000'))).close("option"));
        body.close("select").close("label").text(" ");
    }

    private static Set<String> actorsOf(FactView f) {
        return f.roles().stream().filter(r -> ACTOR_ROLES.contains(r.name()) && !r.iri().isEmpty())
                .map(FactView.Role::iri).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The states an entity stands for or belongs to: itself if a state, and its att:country. */
    private static Set<String> countriesOf(GraphReader graph, String iri) {
        Resource r = graph.resource(iri);
        Set<String> out = new LinkedHashSet<>();
        if (graph.hasType(r, Vocab.State)) {
            out.add(iri);
        }
        graph.resources(r, Vocab.country).forEach(c -> out.add(c.getURI()));
        return out;
    }

    /** "Kim Jong Un → Vostochny Cosmodrome (host Vladimir Putin)" or "Vladimir Putin, Kim Jong Un". */
    private static String summary(FactView f) {
        String names;
        if (f.kind().equals("Visit")) {
            names = labels(f, "visitor") + " → " + labels(f, "destination")
                    + (f.role("host").isEmpty() ? "" : " (host " + labels(f, "host") + ")");
        } else {
            names = labels(f, "participant");
        }
        String text = f.kind() + ": " + names;
        return text.length() > 64 ? text.substring(0, 63) + "…" : text;
    }

    private static String labels(FactView f, String role) {
        return f.role(role).stream().map(FactView.Role::label).collect(Collectors.joining(", "));
    }

    /** The first and last day the fact's date allows, from att:earliest/att:latest or its date. */
    static Optional<LocalDate[]> days(FactView f) {
        try {
            if (!f.earliest().isEmpty() && !f.latest().isEmpty()) {
                return Optional.of(new LocalDate[] {LocalDate.parse(f.earliest()), LocalDate.parse(f.latest())});
            }
            String d = f.date();
            if (d.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate day = LocalDate.parse(d);
                return Optional.of(new LocalDate[] {day, day});
            }
            if (d.matches("\\d{4}-\\d{2}")) {
                YearMonth month = YearMonth.parse(d);
                return Optional.of(new LocalDate[] {month.atDay(1), month.atEndOfMonth()});
            }
            if (d.matches("\\d{4}")) {
                int year = Integer.parseInt(d);
                return Optional.of(new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)});
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}

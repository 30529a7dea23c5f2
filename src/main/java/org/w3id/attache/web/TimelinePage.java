package org.w3id.attache.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
 * The timeline of the visits and meetings the texts say happened, one mark per event however
 * many articles report it (the events graph), with its number of sources; optionally only those
 * in which one actor takes part or which involve one country (the country itself, or an actor or
 * place of that country). Negated and planned reports make no event. A page draws at most
 * {@link #PAGE} marks, in date order, with links to the earlier and later ones.
 */
public final class TimelinePage {
    /** Marks on one page. */
    public static final int PAGE = 500;

    private final Site site;
    private final int pageSize;

    public TimelinePage(Site site) {
        this(site, PAGE);
    }

    /** A timeline of {@code pageSize} marks a page (at least 1). */
    public TimelinePage(Site site, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("a page holds at least one mark, not " + pageSize);
        }
        this.site = site;
        this.pageSize = pageSize;
    }

    /**
     * The page; {@code actor} and {@code country} are IRIs, or null / empty for no filter.
     * The caller holds a read transaction on {@code dataset}.
     */
    public String render(DatasetGraph dataset, String actor, String country) {
        return render(dataset, actor, country, 0);
    }

    /** The page of marks from the {@code offset}-th in date order (0 for the first). */
    public String render(DatasetGraph dataset, String actor, String country, int offset) {
        GraphReader graph = new GraphReader(dataset);
        EventReader reader = new EventReader(graph);
        List<EventView> all = new ArrayList<>(reader.ofKind(Vocab.Visit));
        all.addAll(reader.ofKind(Vocab.Meeting));
        Map<String, String> actors = new TreeMap<>();
        Map<String, String> countries = new TreeMap<>();
        for (EventView e : all) {
            for (String iri : actorsOf(e)) {
                actors.put(graph.label(graph.resource(iri)) + "\u0000" + iri, iri);
                for (String c : countriesOf(graph, iri)) {
                    countries.put(graph.label(graph.resource(c)) + "\u0000" + c, c);
                }
            }
        }
        List<EventView> shown = all.stream()
                .filter(e -> !e.reports().isEmpty())
                .filter(e -> blank(actor) || actorsOf(e).contains(actor))
                .filter(e -> blank(country) || actorsOf(e).stream().anyMatch(a -> countriesOf(graph, a).contains(country)))
                .toList();
        List<TimelineChart.Event> events = new ArrayList<>();
        int undated = 0;
        for (EventView e : shown) {
            Optional<LocalDate[]> days = days(e);
            if (days.isEmpty()) {
                undated++;
                continue;
            }
            FactView first = e.reports().stream().filter(f -> !f.sentence().isEmpty()).findFirst().orElse(e.reports().get(0));
            int others = e.sources() - 1;
            String more = others > 0 ? " (and " + others + (others == 1 ? " more source)" : " more sources)") : "";
            events.add(new TimelineChart.Event(e.kind().toLowerCase(Locale.ROOT), summary(first, e) + " · " + e.sourcesText(),
                    days.get()[0], days.get()[1], site.href(first.article(), first.anchor()), first.sentence() + more));
        }
        events.sort(Comparator.comparing(TimelineChart.Event::first).thenComparing(TimelineChart.Event::label));
        int total = events.size();
        int from = Math.min(offset, total);
        List<TimelineChart.Event> page = events.subList(from, Math.min(total, from + pageSize));

        Html body = new Html().open("form", "method", "get", "action", Site.TIMELINE_PATH, "id", "timeline-filter");
        select(body, "actor", "actor", actors, actor);
        select(body, "country", "country", countries, country);
        body.open("button", "type", "submit").text("Show").close("button").close("form");
        body.open("p", "class", "legend").open("span", "style", "color:#1f77b4").text("● visit").close("span").text("  ")
                .open("span", "style", "color:#ff7f0e").text("● meeting").close("span")
                .text(" — one mark per event, however many articles report it; a dot is a day, a bar the month or year the reports agree on. "
                        + shown(from, page.size(), total) + (undated > 0 ? ", " + undated + " without a date left out" : "") + ".").close("p");
        body.append(TimelineChart.draw(page));
        PageLinks.append(body, Site.TIMELINE_PATH + "?actor=" + encode(actor) + "&country=" + encode(country) + "&offset=",
                from > 0 ? Math.max(0, from - pageSize) : -1, from + page.size() < total ? from + page.size() : -1, "← earlier", "later →");
        return site.page("Timeline of visits and meetings", body);
    }

    private static String shown(int from, int count, int total) {
        if (count == total) {
            return total + " shown";
        }
        return count == 0 ? "none of " + total + " from mark " + (from + 1) : (from + 1) + "–" + (from + count) + " of " + total + " shown";
    }

    private static String encode(String s) {
        return blank(s) ? "" : URLEncoder.encode(s, StandardCharsets.UTF_8);
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

    /** The event's participants and place. */
    private static Set<String> actorsOf(EventView e) {
        Set<String> out = e.participants().stream().map(FactView.Role::iri).filter(i -> !i.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (e.place() != null && !e.place().iri().isEmpty()) {
            out.add(e.place().iri());
        }
        return out;
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

    /**
     * "Kim Jong Un → Vostochny Cosmodrome (host Vladimir Putin)" or "Vladimir Putin, Kim Jong Un":
     * the roles as a report gives them, the place as the event has it (a city over its state).
     */
    private static String summary(FactView f, EventView e) {
        String names;
        if (f.kind().equals("Visit")) {
            names = labels(f, "visitor") + " → " + (e.place() != null ? e.place().label() : labels(f, "destination"))
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

    /** The first and last day of the date an event's reports agree on. */
    static Optional<LocalDate[]> days(EventView e) {
        try {
            return e.firstDay().isEmpty() || e.lastDay().isEmpty() ? Optional.empty()
                    : Optional.of(new LocalDate[] {LocalDate.parse(e.firstDay()), LocalDate.parse(e.lastDay())});
        } catch (DateTimeParseException x) {
            return Optional.empty();
        }
    }
}

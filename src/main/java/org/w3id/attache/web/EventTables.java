package org.w3id.attache.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.w3id.attache.mapping.Vocab;

/**
 * The tables an entity page shows of the events graph: the tenures of a person (or of a post),
 * and the events an entity takes part in, each with its sources, linked to their sentences.
 */
final class EventTables {
    private static final Property HEADLINE = ResourceFactory.createProperty(Vocab.SCHEMA, "headline");
    private final Site site;
    private final GraphReader graph;

    EventTables(Site site, GraphReader graph) {
        this.site = site;
        this.graph = graph;
    }

    /** The tenures whose holder or post is {@code e}, earliest first seen first; null when there are none. */
    Html tenures(Resource e) {
        TreeSet<Resource> nodes = new TreeSet<>(Comparator.comparing(Resource::getURI));
        graph.model().listSubjectsWithProperty(Vocab.tenureHolder, e).forEach(nodes::add);
        graph.model().listSubjectsWithProperty(Vocab.tenurePost, e).forEach(nodes::add);
        List<Resource> sorted = new ArrayList<>(nodes);
        sorted.sort(Comparator.comparing((Resource t) -> graph.string(t, Vocab.firstReported).orElse("")).thenComparing(Resource::getURI));
        if (sorted.isEmpty()) {
            return null;
        }
        Html h = header("tenures", "holder", "post", "organisation", "status", "start", "end", "first seen", "last seen", "sources");
        for (Resource t : sorted) {
            h.open("tr", "class", "tenure");
            entityCell(h, t, Vocab.tenureHolder);
            entityCell(h, t, Vocab.tenurePost);
            entityCell(h, t, Vocab.tenureOrganisation);
            Resource status = t.inModel(graph.model()).getPropertyResourceValue(Vocab.tenureStatus);
            h.element("td", status == null ? "" : status.getLocalName());
            h.element("td", graph.string(t, Vocab.tenureStart).orElse(""));
            h.element("td", graph.string(t, Vocab.tenureEnd).orElse(""));
            h.element("td", graph.string(t, Vocab.firstReported).orElse(""));
            h.element("td", graph.string(t, Vocab.lastReported).orElse(""));
            EventReader.Sample reports = new EventReader(graph).reports(t);
            sources(h, reports.shown(), reports.articles(), reports.complete());
            h.close("tr");
        }
        return h.close("table");
    }

    /**
     * The {@code limit} latest events {@code e} takes part in (or that happen there), by date, with
     * how many there are when that is more; null when there are none.
     */
    Html events(Resource e, int limit) {
        EventReader.Latest events = new EventReader(graph).about(e, limit);
        if (events.latest().isEmpty()) {
            return null;
        }
        Html h = new Html();
        if (events.total() > events.latest().size()) {
            h.open("p", "class", "muted").text("The latest " + events.latest().size() + " of " + events.total() + " events; ")
                    .link(Site.TIMELINE_PATH + "?actor=" + URLEncoder.encode(e.getURI(), StandardCharsets.UTF_8), "the timeline")
                    .text(" and the SPARQL endpoint have them all.").close("p");
        }
        h.append(header("events", "event", "participants", "place", "date", "sources"));
        for (EventView v : events.latest()) {
            h.open("tr", "class", "event").open("td").link(site.href(v.iri()), v.kind()).close("td");
            h.open("td");
            for (FactView.Role p : v.participants()) {
                h.link(site.href(p.iri()), p.label()).text(" ");
            }
            h.close("td").open("td");
            if (v.place() != null) {
                h.link(site.href(v.place().iri()), v.place().label());
            }
            h.close("td").element("td", v.date() + (v.dateConflict() ? " (reports disagree)" : ""));
            sources(h, v.reports(), v.sources(), true);
            h.close("tr");
        }
        return h.close("table");
    }

    private Html header(String cssClass, String... columns) {
        Html h = new Html().open("table", "class", cssClass).open("tr");
        for (String c : columns) {
            h.element("th", c);
        }
        return h.close("tr");
    }

    private void entityCell(Html h, Resource node, Property p) {
        h.open("td");
        for (Resource r : graph.resources(node, p)) {
            h.link(site.href(r.getURI()), graph.label(r)).text(" ");
        }
        h.close("td");
    }

    /**
     * "3 sources:" then one link per reporting article shown, to the sentence of its first report;
     * {@code count} articles report it, or more than that when the count is not {@code exact}.
     */
    private void sources(Html h, List<FactView> reports, int count, boolean exact) {
        Map<String, FactView> byArticle = new LinkedHashMap<>();
        reports.forEach(f -> byArticle.putIfAbsent(f.article(), f));
        int all = Math.max(count, byArticle.size());
        h.open("td", "class", "sources").text((exact ? "" : "over ") + all + (all == 1 ? " source: " : " sources: "));
        int n = 1;
        for (FactView f : byArticle.values()) {
            String headline = f.article().isEmpty() ? "" : graph.string(graph.resource(f.article()), HEADLINE).orElse(f.article());
            h.open("a", "href", site.href(f.article(), f.anchor()), "title", headline + (f.sentence().isEmpty() ? "" : ": " + f.sentence()))
                    .text(Integer.toString(n++)).close("a").text(" ");
        }
        if (all > byArticle.size()) {
            h.text("(" + byArticle.size() + " shown)");
        }
        h.close("td");
    }
}

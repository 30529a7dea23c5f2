package org.w3id.attache.web;

import java.util.List;
import java.util.Map;
import org.w3id.attache.bounded.BoundedSelect;
import org.w3id.attache.events.EventKind;
import org.w3id.attache.mapping.Iris;
import org.w3id.attache.mapping.Vocab;

/**
 * The relations view at {@code /relations}: a form (time window, kinds of event, people or only
 * states), the network drawn by the server as SVG, and the same edges as a table; every edge
 * links to its events.
 */
public final class RelationsPage {
    private static final String OUTDATED = """
            PREFIX att: <%1$s>
            SELECT ?t WHERE {
              GRAPH <%2$s> { ?t att:firstMonth ?m }
              FILTER NOT EXISTS { GRAPH <%2$s> { ?any att:tallyLevel <%3$s> } }
            }
            LIMIT 1
            """;

    private final Site site;

    public RelationsPage(Site site) {
        this.site = site;
    }

    /** The page for {@code filter}; its reads go through {@code select}. */
    public String render(BoundedSelect select, RelationFilter filter) {
        List<RelationEdges.Edge> edges = RelationEdges.read(select, filter);
        Html body = new Html();
        form(body, filter);
        body.open("p", "class", "legend");
        for (EventKind k : RelationFilter.KINDS) {
            body.open("span", "style", "color:" + RelationChart.COLOURS.get(k.label())).text("━ " + k.label()).close("span").text("  ");
        }
        body.text(" — one edge per related pair, as wide as its events (merged across articles), coloured by its most frequent kind;"
                + " ○ a state, □ a person. Click an edge for its events. " + edges.size() + (edges.size() == 1 ? " edge" : " edges")
                + (edges.size() == RelationEdges.MAX_EDGES ? " (the heaviest " + RelationEdges.MAX_EDGES + ")" : "") + ".").close("p");
        if (edges.isEmpty() && outdated(select)) {
            body.open("p", "class", "warning").text("This store's relation tallies were written by an earlier attache, which kept them by month only:"
                    + " run `attache events --rebuild` once (or ingest anything) to count them again.").close("p");
        }
        body.append(RelationChart.draw(edges, e -> eventsHref(e, filter)));
        body.open("table", "class", "edges").open("tr").element("th", "between").element("th", "and").element("th", "events")
                .element("th", "by kind").close("tr");
        for (RelationEdges.Edge e : edges) {
            body.open("tr").open("td").link(site.href(e.a().iri()), e.a().label()).close("td").open("td")
                    .link(site.href(e.b().iri()), e.b().label()).close("td").open("td")
                    .link(eventsHref(e, filter), Long.toString(e.total())).close("td").element("td", RelationChart.counts(e)).close("tr");
        }
        body.close("table");
        return site.page("Relations between states", body);
    }

    /** Are the tallies monthly only, as an earlier attache wrote them ({@link org.w3id.attache.events.RelationTallies#outdated})? */
    private static boolean outdated(BoundedSelect select) {
        return !select.rows(OUTDATED.formatted(Vocab.NS, Iris.EVENTS_GRAPH, Vocab.allTime.getURI()), Map.of()).isEmpty();
    }

    private static void form(Html body, RelationFilter filter) {
        body.open("form", "method", "get", "action", Site.RELATIONS_PATH, "id", "relations-filter")
                .open("label").text("from ").open("input", "type", "date", "name", "from", "id", "filter-from",
                        "value", filter.from() == null ? "" : filter.from().toString()).close("label").text(" ")
                .open("label").text("to ").open("input", "type", "date", "name", "to", "id", "filter-to",
                        "value", filter.to() == null ? "" : filter.to().toString()).close("label").text(" ");
        for (EventKind k : RelationFilter.KINDS) {
            body.open("label").open("input", "type", "checkbox", "name", "kind", "value", k.label(), "id", "kind-" + k.label(),
                    "checked", filter.kinds().contains(k) ? "checked" : null).text(" " + k.label()).close("label").text(" ");
        }
        body.open("label").open("input", "type", "checkbox", "name", "leaders", "value", "on", "id", "filter-leaders",
                "checked", filter.leaders() ? "checked" : null).text(" people as their own nodes").close("label").text(" ")
                .open("button", "type", "submit").text("Show").close("button").close("form");
    }

    static String eventsHref(RelationEdges.Edge e, RelationFilter filter) {
        return Site.RELATION_EVENTS_PATH + "?a=" + RelationFilter.encode(e.a().iri()) + "&b=" + RelationFilter.encode(e.b().iri())
                + "&" + filter.parameters().replaceAll("&$", "");
    }
}

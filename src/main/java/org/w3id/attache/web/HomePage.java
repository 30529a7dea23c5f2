package org.w3id.attache.web;

import java.util.Map;
import org.w3id.attache.bounded.BoundedSelect;

/**
 * The store's front door at {@code /}: what it holds (articles, outlets, dates, facts and merged
 * events by type), a search box for entities (the form works without script; with it, results
 * come as one types), the latest events, and the ways in: relations, timeline, competency
 * queries, SPARQL editor.
 */
public final class HomePage {
    /** How many of the latest events are listed. */
    static final int LATEST = 10;
    private final Site site;

    public HomePage(Site site) {
        this.site = site;
    }

    /** The page; its reads go through {@code select}. */
    public String render(BoundedSelect select) {
        StoreSummary summary = StoreSummary.of(select);
        Html body = new Html();
        body.open("p", "class", "intro").text("A knowledge graph of relations between states, read from English news: "
                + summary.articles() + (summary.articles() == 1 ? " article" : " articles") + " from " + summary.outlets()
                + (summary.outlets() == 1 ? " outlet" : " outlets")
                + (summary.firstPublished().isEmpty() ? "" : ", published " + summary.firstPublished() + " to " + summary.lastPublished())
                + ".").close("p");
        search(body);
        body.element("h2", "Explore").open("ul", "class", "explore")
                .open("li").link(Site.RELATIONS_PATH, "Relations between states").text(" — who visits, meets, agrees with and arms whom")
                .close("li")
                .open("li").link(Site.TIMELINE_PATH, "Timeline").text(" — visits and meetings over time").close("li")
                .open("li").link(Site.QUERIES_PATH, "Competency queries").text(" — questions the graph answers, ready to run").close("li")
                .open("li").link(Site.EDITOR_PATH, "SPARQL editor").text(" — your own queries against ").element("code", "/attache/sparql")
                .close("li").close("ul");
        body.element("h2", "What the store holds").open("div", "class", "counts");
        counts(body, "Facts (reports) by type", "type", summary.factsByClass());
        counts(body, "Events (reports merged) by kind", "kind", summary.eventsByKind());
        body.close("div");
        latest(body, select);
        return site.page("attache", body, Site.SEARCH_SCRIPT_PATH);
    }

    private static void search(Html body) {
        body.open("form", "method", "get", "action", Site.SEARCH_PATH, "id", "search-form", "role", "search")
                .element("label", "Find a person, state, organisation or place by name or alias: ", "for", "search-box")
                .open("input", "type", "search", "id", "search-box", "name", "q", "autocomplete", "off", "maxlength", "200",
                        "placeholder", "e.g. Putin")
                .open("button", "type", "submit").text("Search").close("button").close("form")
                .open("ul", "id", "search-results", "aria-live", "polite").close("ul")
                .open("p", "id", "search-more", "class", "muted").close("p");
    }

    private static void counts(Html body, String caption, String what, Map<String, Long> counts) {
        body.open("table", "class", "counts-" + what).element("caption", caption).open("tr").element("th", what)
                .element("th", "count").close("tr");
        counts.forEach((name, n) -> body.open("tr").element("td", name).element("td", Long.toString(n)).close("tr"));
        body.close("table");
    }

    private void latest(Html body, BoundedSelect select) {
        body.element("h2", "Latest events").open("table", "class", "latest-events").open("tr").element("th", "first day")
                .element("th", "kind").element("th", "who").element("th", "where").element("th", "articles").close("tr");
        for (LatestEvents.Event e : LatestEvents.read(select, LATEST)) {
            body.open("tr").open("td").link(site.href(e.iri()), e.day()).close("td").element("td", e.kind()).open("td");
            names(body, e.participants());
            body.close("td").open("td");
            names(body, e.places());
            body.close("td").element("td", Long.toString(e.sources())).close("tr");
        }
        body.close("table");
    }

    private void names(Html body, Map<String, String> names) {
        boolean first = true;
        for (Map.Entry<String, String> n : names.entrySet()) {
            body.text(first ? "" : ", ").link(site.href(n.getKey()), n.getValue());
            first = false;
        }
    }
}

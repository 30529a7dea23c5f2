package org.w3id.attache.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.attache.mapping.Vocab;

/**
 * The page of a person, state, organisation, place, post or event: labels and types, the Wikidata
 * item, the posts held (or, for a post, its holders) over time, its tenures and the events it takes
 * part in as merged across articles (each with its sources), every fact it takes part in with
 * date, certainty and sentence, and the articles that mention it.
 */
public final class EntityPage {
    private static final String WIKIDATA = "http://www.wikidata.org/entity/";
    private final Site site;

    public EntityPage(Site site) {
        this.site = site;
    }

    /** The page of {@code iri}; the caller holds a read transaction on {@code dataset}. */
    public String render(DatasetGraph dataset, String iri) {
        GraphReader graph = new GraphReader(dataset);
        Resource e = graph.resource(iri);
        Html body = new Html();
        body.open("p", "class", "muted").element("code", iri).close("p");
        body.open("dl");
        body.element("dt", "types").element("dd", String.join(", ", graph.types(e)), "class", "types");
        List<String> alt = graph.literals(e, graph.model().createProperty(Vocab.SKOS, "altLabel"));
        if (!alt.isEmpty()) {
            body.element("dt", "also called").element("dd", String.join("; ", alt));
        }
        for (Resource item : graph.resources(e, graph.model().createProperty(Vocab.SKOS, "exactMatch"))) {
            if (item.getURI().startsWith(WIKIDATA)) {
                body.element("dt", "Wikidata").open("dd").open("a", "class", "wikidata", "href", item.getURI())
                        .text(item.getURI().substring(WIKIDATA.length())).close("a").close("dd");
            }
        }
        for (Resource country : graph.resources(e, Vocab.country)) {
            body.element("dt", "country").open("dd").link(site.href(country.getURI()), graph.label(country)).close("dd");
        }
        for (Resource org : graph.resources(e, Vocab.organisation)) {
            body.element("dt", "organisation").open("dd").link(site.href(org.getURI()), graph.label(org)).close("dd");
        }
        body.close("dl");

        List<FactView> facts = graph.factsAbout(e);
        List<FactView> holdings = new ArrayList<>();
        List<FactView> others = new ArrayList<>();
        for (FactView f : facts) {
            (f.kind().equals("PostHolding") ? holdings : others).add(f);
        }
        if (!holdings.isEmpty()) {
            body.element("h2", graph.hasType(e, Vocab.Post) ? "Holders over time" : "Posts held over time");
            body.append(holdingsTable(graph, holdings));
        }
        EventTables merged = new EventTables(site, graph);
        Html tenures = merged.tenures(e);
        if (tenures != null) {
            body.element("h2", "Tenures (each post once, with every article that reports it)").append(tenures);
        }
        Html events = merged.events(e);
        if (events != null) {
            body.element("h2", "Events (each once, with every article that reports it)").append(events);
        }
        body.element("h2", "Facts");
        body.append(new FactTable(site).render(others, false));
        body.element("h2", "Articles that mention it").open("ul", "class", "articles");
        for (Resource article : graph.model().listSubjectsWithProperty(Vocab.mentions, e).toList()) {
            String headline = graph.string(article, graph.model().createProperty(Vocab.SCHEMA, "headline")).orElse(article.getURI());
            String published = graph.string(article, graph.model().createProperty(Vocab.SCHEMA, "datePublished")).orElse("");
            body.open("li").link(site.href(article.getURI()), headline).text(published.isEmpty() ? "" : " (" + published + ")").close("li");
        }
        body.close("ul");
        return site.page(graph.label(e), body);
    }

    private Html holdingsTable(GraphReader graph, List<FactView> holdings) {
        Html h = new Html().open("table", "class", "holdings").open("tr");
        for (String column : List.of("holder", "post", "organisation", "status", "date", "article published", "sentence")) {
            h.element("th", column);
        }
        h.close("tr");
        List<FactView> byTime = new ArrayList<>(holdings);
        byTime.sort(Comparator.comparing((FactView f) -> f.date().isEmpty() ? published(graph, f) : f.sortDate())
                .thenComparing(FactView::iri));
        for (FactView f : byTime) {
            h.open("tr", "class", "holding");
            cell(h, f.role("holder"));
            cell(h, f.role("post"));
            cell(h, f.role("organisation"));
            cell(h, f.role("holdingStatus"));
            h.element("td", f.date()).element("td", published(graph, f));
            h.open("td").link(site.href(f.article(), f.anchor()), f.sentence()).close("td").close("tr");
        }
        return h.close("table");
    }

    private static String published(GraphReader graph, FactView f) {
        return graph.string(graph.resource(f.article()), graph.model().createProperty(Vocab.SCHEMA, "datePublished")).orElse("");
    }

    private void cell(Html h, List<FactView.Role> roles) {
        h.open("td");
        FactTable values = new FactTable(site);
        for (FactView.Role r : roles) {
            values.value(h, r);
            h.text(" ");
        }
        h.close("td");
    }

    /** True when {@code iri} names an entity (it has a label and is not an article or a fact). */
    static boolean isEntity(GraphReader graph, String iri) {
        Resource r = graph.resource(iri);
        return graph.model().contains(r, RDFS.label) && !graph.hasType(r, Vocab.Article)
                && !graph.model().contains(r, Vocab.article);
    }
}

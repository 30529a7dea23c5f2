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
 * part in as merged across articles (each with its sources), and the articles that mention it,
 * newest first, {@value #ARTICLES} a page, with every fact of theirs it takes part in (date,
 * certainty and sentence). Of its events the latest {@value #EVENTS} are shown. A page reads the facts of its own articles only, so an entity that
 * thousands of articles mention costs little more than one that few do.
 */
public final class EntityPage {
    /** Articles, and so their facts, on one page. */
    public static final int ARTICLES = 25;
    /** Merged events on a page: the latest. */
    public static final int EVENTS = 100;
    private static final String WIKIDATA = "http://www.wikidata.org/entity/";
    private final Site site;
    private final int articlesPerPage;

    public EntityPage(Site site) {
        this(site, ARTICLES);
    }

    /** Pages of {@code articlesPerPage} articles (at least 1). */
    public EntityPage(Site site, int articlesPerPage) {
        if (articlesPerPage < 1) {
            throw new IllegalArgumentException("a page holds at least one article, not " + articlesPerPage);
        }
        this.site = site;
        this.articlesPerPage = articlesPerPage;
    }

    /** The first page of {@code iri}; the caller holds a read transaction on {@code dataset}. */
    public String render(DatasetGraph dataset, String iri) {
        return render(dataset, iri, 0);
    }

    /** The page of {@code iri} from the {@code offset}-th article that mentions it, newest first (0 for the first). */
    public String render(DatasetGraph dataset, String iri, int offset) {
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

        ArticleMentions.Page mentions = graph.articlesMentioning(e, offset, articlesPerPage);
        int total = mentions.total();
        int from = Math.min(offset, total);
        List<Resource> page = mentions.articles();
        List<FactView> facts = new ArrayList<>();
        page.forEach(a -> facts.addAll(graph.factsAbout(e, a)));
        facts.sort(Comparator.comparing(FactView::sortDate).thenComparing(FactView::iri));
        List<FactView> holdings = new ArrayList<>();
        List<FactView> others = new ArrayList<>();
        for (FactView f : facts) {
            (f.kind().equals("PostHolding") ? holdings : others).add(f);
        }
        if (!holdings.isEmpty()) {
            body.element("h2", graph.hasType(e, Vocab.Post) ? "Holders over time"
                    : graph.hasType(e, Vocab.Person) ? "Posts held over time" : "Its posts and their holders over time");
            body.append(holdingsTable(graph, holdings));
        }
        EventTables merged = new EventTables(site, graph);
        Html tenures = merged.tenures(e);
        if (tenures != null) {
            body.element("h2", "Tenures (each post once, with every article that reports it)").append(tenures);
        }
        Html events = merged.events(e, EVENTS);
        if (events != null) {
            body.element("h2", "Events (each once, with the articles that report it)").append(events);
        }
        body.element("h2", "Facts" + shown(from, page.size(), total, "from articles "));
        body.append(new FactTable(site).render(others, false));
        body.element("h2", "Articles that mention it" + shown(from, page.size(), total, ""))
                .open("ul", "class", "articles");
        for (Resource article : page) {
            String headline = graph.string(article, graph.model().createProperty(Vocab.SCHEMA, "headline")).orElse(article.getURI());
            String published = graph.published(article);
            body.open("li").link(site.href(article.getURI()), headline).text(published.isEmpty() ? "" : " (" + published + ")").close("li");
        }
        body.close("ul");
        PageLinks.append(body, site.href(iri) + "?offset=", from > 0 ? Math.max(0, from - articlesPerPage) : -1,
                from + page.size() < total ? from + page.size() : -1, "← newer articles", "older articles →");
        return site.page(graph.label(e), body);
    }

    /** " (from articles 26–50 of 470, newest first)" when the articles take more than one page, else "". */
    private static String shown(int from, int count, int total, String what) {
        if (from == 0 && count == total) {
            return "";
        }
        return count == 0 ? " (none: " + total + " articles in all)"
                : " (" + what + (from + 1) + "–" + (from + count) + " of " + total + ", newest first)";
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
        return graph.published(graph.resource(f.article()));
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

package org.w3id.attache.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.attache.bounded.BoundedSelect;
import org.w3id.attache.mapping.Iris;
import org.w3id.attache.mapping.Vocab;

/**
 * The events of one edge of the relations view ({@code /relations/events?a=…&b=…} and the view's
 * filter): a page of {@link #PAGE} merged events by date, found through the pair's all-time
 * tallies and checked against the window, so exactly the events the edge counts, each with the sentences that report it and their articles,
 * at most {@link #MAX_ROWS} rows read.
 */
public final class RelationEventsPage {
    static final int PAGE = 50;
    static final int MAX_ROWS = 500;
    private static final String QUERY = """
            PREFIX att:    <%1$s>
            PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX nif:    <%4$s>
            PREFIX schema: <%5$s>
            SELECT ?e ?class ?day ?fact ?sentence ?article ?headline ?aName ?bName WHERE {
              {
                SELECT DISTINCT ?e ?class ?day WHERE {
                  GRAPH <%2$s> {
                    %7$s
                    ?t att:firstParty ?firstParty ; att:secondParty ?secondParty ; att:tallyLevel att:allTime ; att:withPeople %8$s ;
                      att:tallyKind ?class ; att:tallies ?e .
                    %9$s
                    OPTIONAL { ?e att:firstDay ?day }
                  }
                }
                ORDER BY ?day ?e
                OFFSET %10$d LIMIT %11$d
              }
              OPTIONAL { GRAPH <%2$s> { ?e att:reportedBy ?fact }
                OPTIONAL { GRAPH ?g { ?fact att:article ?article . OPTIONAL { ?fact att:evidence/nif:anchorOf ?sentence } } }
                OPTIONAL { GRAPH <%6$s> { ?article schema:headline ?headline } } }
              OPTIONAL { GRAPH <%3$s> { ?wantA rdfs:label ?aName } }
              OPTIONAL { GRAPH <%3$s> { ?wantB rdfs:label ?bName } }
            }
            ORDER BY ?day ?e ?fact
            LIMIT %12$d
            """;
    private final Site site;

    public RelationEventsPage(Site site) {
        this.site = site;
    }

    /**
     * The page of events between {@code a} and {@code b} (IRIs) from {@code offset}.
     *
     * @throws IllegalArgumentException when an IRI is missing or not minted here, or the offset out of range
     */
    public String render(BoundedSelect select, String a, String b, RelationFilter filter, int offset) {
        for (String iri : new String[] {a, b}) {
            if (iri == null || !site.minted(iri) || !Site.isWebUrl(iri)) {
                throw new IllegalArgumentException("a and b must be IRIs of states or people minted here, got '"
                        + (iri == null ? "" : iri.length() > 80 ? iri.substring(0, 80) + "…" : iri) + "'");
            }
        }
        if (offset > 100_000) {
            throw new IllegalArgumentException("offset must be at most 100000");
        }
        Map<String, Node> values = new LinkedHashMap<>(RelationEdges.windowValues(filter));
        values.put("wantA", NodeFactory.createURI(a));
        values.put("wantB", NodeFactory.createURI(b));
        // a tally names its pair in IRI order, whichever way round the link asks
        values.put("firstParty", NodeFactory.createURI(a.compareTo(b) < 0 ? a : b));
        values.put("secondParty", NodeFactory.createURI(a.compareTo(b) < 0 ? b : a));
        String sparql = QUERY.formatted(Vocab.NS, Iris.EVENTS_GRAPH, Iris.ENTITIES_GRAPH, Vocab.NIF, Vocab.SCHEMA, Iris.METADATA_GRAPH,
                filter.classValues(), filter.people(), filter.window(), offset, PAGE + 1, MAX_ROWS);
        List<Binding> rows = filter.kinds().isEmpty() ? List.of() : select.rows(sparql, values);
        String aName = name(rows, "aName", a);
        String bName = name(rows, "bName", b);
        Map<String, List<Binding>> events = new LinkedHashMap<>();
        rows.forEach(r -> events.computeIfAbsent(r.get("e").getURI(), k -> new ArrayList<>()).add(r));
        boolean more = events.size() > PAGE;
        Html body = new Html().open("p").link(Site.RELATIONS_PATH + "?" + filter.parameters().replaceAll("&$", ""), "← back to the relations")
                .close("p");
        body.open("table", "class", "relation-events").open("tr").element("th", "first day").element("th", "kind")
                .element("th", "reported in").close("tr");
        int shown = 0;
        for (List<Binding> reports : events.values()) {
            if (shown++ == PAGE) {
                break;
            }
            Binding first = reports.get(0);
            body.open("tr", "class", "event").open("td").link(site.href(first.get("e").getURI()),
                    first.get("day") == null ? "undated" : first.get("day").getLiteralLexicalForm()).close("td")
                    .element("td", first.get("class").getLocalName()).open("td").open("ul");
            for (Binding r : reports) {
                report(body, r);
            }
            body.close("ul").close("td").close("tr");
        }
        body.close("table");
        String here = Site.RELATION_EVENTS_PATH + "?a=" + RelationFilter.encode(a) + "&b=" + RelationFilter.encode(b) + "&"
                + filter.parameters() + "offset=";
        PageLinks.append(body, here, offset > 0 ? Math.max(0, offset - PAGE) : -1, more ? offset + PAGE : -1, "← earlier", "later →");
        return site.page("Events between " + aName + " and " + bName, body);
    }

    private void report(Html body, Binding r) {
        if (r.get("fact") == null) {
            return;
        }
        String fact = r.get("fact").getURI();
        String article = r.get("article") == null ? null : r.get("article").getURI();
        String sentence = r.get("sentence") == null ? GraphReader.localName(fact) : r.get("sentence").getLiteralLexicalForm();
        body.open("li").open("a", "class", "sentence", "href", article == null ? site.href(fact)
                : site.href(article, "fact-" + fact.substring(fact.lastIndexOf('/') + 1))).text(sentence).close("a");
        if (article != null) {
            body.text(" — ").link(site.href(article), r.get("headline") == null ? GraphReader.localName(article)
                    : r.get("headline").getLiteralLexicalForm());
        }
        body.close("li");
    }

    private static String name(List<Binding> rows, String var, String iri) {
        return rows.stream().map(r -> r.get(var)).filter(n -> n != null).map(Node::getLiteralLexicalForm).findFirst()
                .orElse(GraphReader.localName(iri));
    }
}

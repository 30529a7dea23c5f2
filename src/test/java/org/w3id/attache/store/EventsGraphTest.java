package org.w3id.attache.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.w3id.attache.mapping.ArticleGraphs;
import org.w3id.attache.mapping.Iris;
import org.w3id.attache.query.QueryRunner;

/**
 * The events graph follows every write: reports of one visit from several articles become one
 * event; removing a report takes it off its event, and an event left with none disappears; the
 * graph after any sequence of ingests and removals equals a rebuild from scratch.
 */
class EventsGraphTest {
    private static final String PREFIXES = """
            PREFIX att: <https://w3id.org/attache/ontology#>
            PREFIX schema: <http://schema.org/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX id: <https://w3id.org/attache/id/>
            """;
    private static final String ENTITIES = PREFIXES + """
            id:person\\/min-aung-hlaing a att:Person ; rdfs:label "Min Aung Hlaing" .
            id:person\\/vladimir-putin a att:Person ; rdfs:label "Vladimir Putin" .
            id:state\\/russia a att:State ; rdfs:label "Russia" .
            id:place\\/moscow a att:City ; rdfs:label "Moscow" ; att:country id:state\\/russia .
            """;

    /** An article of {@code key}, published on {@code published} by {@code outlet}, whose graph holds {@code facts} (Turtle, prefixes given). */
    static ArticleGraphs article(String key, String published, String outlet, String facts) {
        Iris iris = Iris.standard();
        String url = "https://news.example/" + key;
        Model meta = ModelFactory.createDefaultModel();
        meta.read(new StringReader(PREFIXES + """
                <%s> a att:Article ; schema:url "%s"^^xsd:anyURI ; schema:datePublished "%s"^^xsd:date ;
                    att:outlet "%s" ; att:graph <%s> .
                """.formatted(iris.article(key), url, published, outlet, Iris.articleGraph(key))), null, "TTL");
        Model g = ModelFactory.createDefaultModel();
        g.read(new StringReader(PREFIXES + facts.replace("ARTICLE", "<" + iris.article(key) + ">")
                .replace("FACT", "<" + iris.fact(key, "") + ">")), null, "TTL");
        Model entities = ModelFactory.createDefaultModel().read(new StringReader(ENTITIES), null, "TTL");
        return new ArticleGraphs(url, key, Iris.articleGraph(key), g, meta, entities, 1);
    }

    static String visit(String date) {
        return "FACT a att:Visit ; att:visitor id:person\\/min-aung-hlaing ; att:destination id:place\\/moscow ;"
                + " att:host id:person\\/vladimir-putin ; att:certainty att:certain ; att:polarity att:positive ; att:tense att:past ;"
                + " att:article ARTICLE" + (date == null ? "" : " ; att:date \"" + date + "\"") + " .";
    }

    private static final ArticleGraphs A = article("aaaa", "2025-03-05", "Outlet A", visit("2025-03-04"));
    private static final ArticleGraphs B = article("bbbb", "2025-03-09", "Outlet B", visit("2025-03"));
    private static final ArticleGraphs C = article("cccc", "2025-03-06", "Outlet A", visit(null));
    private static final ArticleGraphs LATER = article("dddd", "2025-09-02", "Outlet C", visit("2025-09-01"));
    private static final ArticleGraphs DENIED = article("eeee", "2025-03-06", "Outlet D",
            visit("2025-03-04").replace("att:polarity att:positive", "att:polarity att:negative"));

    private static Graph events(Store s) {
        return s.read(ds -> {
            Graph copy = GraphFactory.createDefaultGraph();
            ds.asDatasetGraph().getGraph(NodeFactory.createURI(Iris.EVENTS_GRAPH)).find().forEachRemaining(copy::add);
            return copy;
        });
    }

    private static List<QuerySolution> rows(Store s) throws Exception {
        String text = QueryRunner.shippedText("events");
        return s.read(ds -> {
            try (QueryExecution qe = QueryExecution.create(text, ds)) {
                return org.apache.jena.atlas.iterator.Iter.toList(qe.execSelect());
            }
        });
    }

    @Test
    void reportsOfOneVisitFromSeveralArticlesAreOneEventWithItsSources() throws Exception {
        try (Store s = Store.inMemory()) {
            s.putAll(List.of(A, B, C, LATER, DENIED));
            List<QuerySolution> rows = rows(s);
            assertEquals(2, rows.size(), rows.toString());
            QuerySolution march = rows.get(0);
            assertEquals("visit", march.getLiteral("type").getLexicalForm());
            assertEquals("2025-03-04", march.getLiteral("date").getLexicalForm());
            assertEquals(3, march.getLiteral("sources").getInt());
            assertEquals(2, march.getLiteral("outlets").getInt());
            assertEquals("Min Aung Hlaing; Vladimir Putin", march.getLiteral("participants").getLexicalForm());
            assertEquals("Moscow", march.getLiteral("placeLabel").getLexicalForm());
            assertEquals("https://news.example/aaaa https://news.example/bbbb https://news.example/cccc", march.getLiteral("articles").getLexicalForm());
            assertEquals("2025-03-05", march.getLiteral("firstReported").getLexicalForm());
            assertEquals("2025-09-01", rows.get(1).getLiteral("date").getLexicalForm());
            assertEquals(1, rows.get(1).getLiteral("sources").getInt());
        }
    }

    @Test
    void removeAndReingestKeepTheEventsGraphEqualToARebuild() throws Exception {
        try (Store s = Store.inMemory()) {
            s.putAll(List.of(A, B, C, LATER));
            Graph full = events(s);
            s.rebuildEvents();
            assertTrue(full.isIsomorphicWith(events(s)), "a rebuild changed the events graph");

            assertTrue(s.remove(B.url()));
            Graph withoutB = events(s);
            s.rebuildEvents();
            assertTrue(withoutB.isIsomorphicWith(events(s)), "after a remove, the events graph differs from a rebuild");
            assertEquals(2, rows(s).get(0).getLiteral("sources").getInt());

            assertTrue(s.remove(LATER.url()));
            assertEquals(1, rows(s).size(), "an event with no report left must disappear");

            s.put(LATER);
            s.put(B);
            s.put(B); // re-ingest: replaced, not counted twice
            assertTrue(full.isIsomorphicWith(events(s)), "re-ingesting what was removed must give the graph back");
            assertEquals(3, rows(s).get(0).getLiteral("sources").getInt());
        }
    }

    static String meeting(String date) {
        return "FACT a att:Meeting ; att:participant id:person\\/min-aung-hlaing , id:person\\/vladimir-putin ;"
                + " att:certainty att:certain ; att:polarity att:positive ; att:tense att:past ; att:article ARTICLE ; att:date \"" + date + "\" .";
    }

    @Test
    void whenAnEntityGainsAWikidataIdItsEventsFollowAndStillEqualARebuild() throws Exception {
        ArticleGraphs linked = article("m3m3", "2025-03-06", "Outlet C", meeting("2025-03-04"));
        linked.entities().add(linked.entities().createResource(Iris.DEFAULT_BASE + "person/vladimir-putin"),
                org.apache.jena.vocabulary.SKOS.exactMatch, linked.entities().createResource("http://www.wikidata.org/entity/Q7747"));
        try (Store s = Store.inMemory()) {
            s.putAll(List.of(article("m1m1", "2025-03-05", "Outlet A", meeting("2025-03-04")),
                    article("m2m2", "2025-03-05", "Outlet B", meeting("2025-03"))));
            assertEquals(2, rows(s).get(0).getLiteral("sources").getInt());
            s.put(linked);
            Graph incremental = events(s);
            List<QuerySolution> rows = rows(s);
            assertEquals(1, rows.size(), "one meeting, whatever Putin's identity: " + rows);
            assertEquals(3, rows.get(0).getLiteral("sources").getInt());
            s.rebuildEvents();
            assertTrue(incremental.isIsomorphicWith(events(s)), "after a new link, the events graph differs from a rebuild");
        }
    }

    static String holding(String fact, String person, String status, String rule, String date) {
        return "<" + Iris.DEFAULT_BASE + "fact/" + fact + "> a att:PostHolding ; att:holder id:person\\/" + person
                + " ; att:post id:post\\/myanmar\\/defence-minister ; att:holdingStatus att:" + status + " ; att:rule \"" + rule + "\""
                + " ; att:polarity att:positive ; att:article ARTICLE" + (date == null ? "" : " ; att:date \"" + date + "\"") + " .\n";
    }

    @Test
    void postMentionsBecomeTenuresWithTheDatesAnAppointmentGives() {
        ArticleGraphs earlier = article("p0p0", "2024-06-10", "Outlet A", holding("p0/1", "tin-aung-san", "current", "position.title-before-name", "2024-06"));
        ArticleGraphs reshuffle = article("p1p1", "2024-12-20", "Outlet B",
                holding("p1/1", "maung-maung-aye", "current", "position.named-replacing", "2024-12")
                        + holding("p1/2", "tin-aung-san", "former", "position.named-replacing", "2024-12"));
        try (Store s = Store.inMemory()) {
            s.putAll(List.of(earlier, reshuffle));
            String query = PREFIXES + """
                    SELECT ?holder (COUNT(?f) AS ?reports) ?first ?last ?status ?start ?end WHERE {
                      ?t a att:Tenure ; att:tenureHolder ?holder ; att:reportedBy ?f ; att:firstReported ?first ;
                         att:lastReported ?last ; att:tenureStatus ?status .
                      OPTIONAL { ?t att:tenureStart ?start } OPTIONAL { ?t att:tenureEnd ?end }
                    } GROUP BY ?holder ?first ?last ?status ?start ?end ORDER BY ?holder
                    """;
            List<String> rows = s.read(ds -> {
                try (QueryExecution qe = QueryExecution.create(query, ds)) {
                    List<String> out = new java.util.ArrayList<>();
                    qe.execSelect().forEachRemaining(r -> out.add(r.getResource("holder").getLocalName() + " " + r.getLiteral("reports").getInt()
                            + " " + r.getLiteral("first").getLexicalForm() + " " + r.getLiteral("last").getLexicalForm()
                            + " " + r.getResource("status").getLocalName()
                            + " start=" + (r.contains("start") ? r.getLiteral("start").getLexicalForm() : "")
                            + " end=" + (r.contains("end") ? r.getLiteral("end").getLexicalForm() : "")));
                    return out;
                }
            });
            assertEquals(List.of("maung-maung-aye 1 2024-12-20 2024-12-20 current start=2024-12 end=",
                    "tin-aung-san 2 2024-06-10 2024-12-20 former start= end=2024-12"), rows);
        }
    }

    @Test
    void anImportedEventsGraphIsNotTakenTheStoreMakesItsOwn() throws Exception {
        try (Store s = Store.inMemory()) {
            s.put(A);
            org.apache.jena.sparql.core.DatasetGraph foreign = org.apache.jena.sparql.core.DatasetGraphFactory.createGeneral();
            Node planted = NodeFactory.createURI("https://evil.example/event");
            foreign.add(NodeFactory.createURI(Iris.EVENTS_GRAPH), planted, org.apache.jena.vocabulary.RDF.type.asNode(),
                    NodeFactory.createURI("https://w3id.org/attache/ontology#MergedEvent"));
            s.addQuads(foreign);
            assertEquals(1, rows(s).size());
            assertTrue(!events(s).contains(planted, Node.ANY, Node.ANY));
        }
    }

    @Test
    void statsCountReportsAndEvents() {
        try (Store s = Store.inMemory()) {
            s.putAll(List.of(A, B, C, LATER));
            assertEquals(4L, s.stats().get("Visit"));
            assertEquals(2L, s.stats().get("merged events: visit"));
        }
    }

}

package org.w3id.attache.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.w3id.attache.events.RelationTallies;
import org.w3id.attache.mapping.ArticleGraphs;
import org.w3id.attache.mapping.Iris;
import org.w3id.attache.mapping.Vocab;

/**
 * The relation tallies in the events graph follow every ingest, remove, re-ingest and new link
 * exactly as a rebuild makes them, and each counts its events.
 */
class RelationTalliesTest {
    private static final String ID = Iris.DEFAULT_BASE;

    /** An article as {@link EventsGraphTest#article} makes it, whose entities also give people and cities their states. */
    private static ArticleGraphs article(String key, String published, String facts) {
        ArticleGraphs a = EventsGraphTest.article(key, published, "Outlet " + key.charAt(0), facts);
        Model m = a.entities();
        m.add(m.createResource(ID + "person/min-aung-hlaing"), m.createProperty(Vocab.country.getURI()), m.createResource(ID + "state/myanmar"));
        m.add(m.createResource(ID + "person/vladimir-putin"), m.createProperty(Vocab.country.getURI()), m.createResource(ID + "state/russia"));
        m.add(m.createResource(ID + "place/beijing"), m.createProperty(Vocab.country.getURI()), m.createResource(ID + "state/china"));
        m.add(m.createResource(ID + "place/beijing"), RDF.type, m.createResource(Vocab.NS + "City"));
        for (String state : List.of("myanmar", "china")) {
            m.add(m.createResource(ID + "state/" + state), RDF.type, Vocab.State);
        }
        return a;
    }

    private static String putinInBeijing(String date) {
        return "FACT a att:Visit ; att:visitor id:person\\/vladimir-putin ; att:destination id:place\\/beijing ;"
                + " att:certainty att:certain ; att:polarity att:positive ; att:tense att:past ; att:article ARTICLE"
                + (date == null ? "" : " ; att:date \"" + date + "\"") + " .";
    }

    private static final List<ArticleGraphs> ARTICLES = List.of(
            article("t1t1", "2025-03-05", EventsGraphTest.visit("2025-03-04")),
            article("t2t2", "2025-03-09", EventsGraphTest.visit("2025-03")),
            article("t3t3", "2024-06-20", putinInBeijing("2024-06-15")),
            article("t4t4", "2024-01-20", putinInBeijing("2023")),
            article("t5t5", "2025-04-02", EventsGraphTest.meeting("2025-03-31")),
            article("t6t6", "2025-05-02", putinInBeijing(null)));

    private static Graph events(Store s) {
        return s.read(ds -> {
            Graph copy = GraphFactory.createDefaultGraph();
            ds.asDatasetGraph().getGraph(NodeFactory.createURI(Iris.EVENTS_GRAPH)).find().forEachRemaining(copy::add);
            return copy;
        });
    }

    /**
     * The tallies as "people first second kind level periods: count", sorted; each count must
     * equal its events, and the levels must agree ({@link #assertLevelsAgree}).
     */
    private static List<String> tallies(Store s) {
        String query = """
                PREFIX att: <https://w3id.org/attache/ontology#>
                SELECT ?people ?a ?b ?kind ?level ?fp ?lp ?n (COUNT(?e) AS ?events) WHERE {
                  GRAPH <%s> { ?t a att:RelationTally ; att:withPeople ?people ; att:firstParty ?a ; att:secondParty ?b ;
                    att:tallyKind ?kind ; att:tallyLevel ?level ; att:eventCount ?n ; att:tallies ?e .
                    OPTIONAL { ?t att:firstMonth ?fp ; att:lastMonth ?lp } OPTIONAL { ?t att:firstYear ?fp ; att:lastYear ?lp } }
                } GROUP BY ?people ?a ?b ?kind ?level ?fp ?lp ?n
                """.formatted(Iris.EVENTS_GRAPH);
        List<String> out = s.read(ds -> {
            List<String> rows = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.create(query, ds)) {
                qe.execSelect().forEachRemaining(r -> {
                    assertEquals(r.getLiteral("n").getInt(), r.getLiteral("events").getInt(), "a tally's count is its events");
                    rows.add(r.getLiteral("people").getLexicalForm() + " " + r.getResource("a").getLocalName() + " " + r.getResource("b").getLocalName()
                            + " " + r.getResource("kind").getLocalName() + " " + r.getResource("level").getLocalName()
                            + (r.contains("fp") ? " " + r.getLiteral("fp").getLexicalForm() + ".." + r.getLiteral("lp").getLexicalForm() : "")
                            + ": " + r.getLiteral("n").getInt());
                });
            }
            return rows;
        });
        out.sort(null);
        assertLevelsAgree(s);
        return out;
    }

    /**
     * Every tallied event is in the all-time tally of its pair, kind and mode, and if dated in
     * exactly one yearly and one monthly tally of them, named for the years and months of its
     * first and last days; if undated, in neither.
     */
    static void assertLevelsAgree(Store s) {
        String query = """
                PREFIX att: <https://w3id.org/attache/ontology#>
                SELECT ?t ?people ?a ?b ?kind ?level ?fm ?lm ?fy ?ly ?e ?first ?last WHERE {
                  GRAPH <%s> { ?t att:withPeople ?people ; att:firstParty ?a ; att:secondParty ?b ; att:tallyKind ?kind ;
                    att:tallyLevel ?level ; att:tallies ?e .
                    OPTIONAL { ?t att:firstMonth ?fm ; att:lastMonth ?lm } OPTIONAL { ?t att:firstYear ?fy ; att:lastYear ?ly }
                    OPTIONAL { ?e att:firstDay ?first ; att:lastDay ?last } }
                }
                """.formatted(Iris.EVENTS_GRAPH);
        Map<String, List<String>> where = new TreeMap<>();
        Map<String, String> expected = new TreeMap<>();
        s.read(ds -> {
            try (QueryExecution qe = QueryExecution.create(query, ds)) {
                qe.execSelect().forEachRemaining(r -> {
                    String key = r.getLiteral("people").getLexicalForm() + " " + r.getResource("a").getURI() + " " + r.getResource("b").getURI()
                            + " " + r.getResource("kind").getLocalName() + " " + r.getResource("e").getURI();
                    String level = r.getResource("level").getLocalName();
                    String periods = r.contains("fm") ? r.getLiteral("fm").getLexicalForm() + ".." + r.getLiteral("lm").getLexicalForm()
                            : r.contains("fy") ? r.getLiteral("fy").getLexicalForm() + ".." + r.getLiteral("ly").getLexicalForm() : "";
                    where.computeIfAbsent(key, k -> new ArrayList<>()).add(level + " " + periods);
                    String first = r.contains("first") ? r.getLiteral("first").getLexicalForm() : null;
                    String last = r.contains("last") ? r.getLiteral("last").getLexicalForm() : null;
                    expected.put(key, first == null ? "[allTime ]" : "[allTime , monthly " + first.substring(0, 7) + ".." + last.substring(0, 7)
                            + ", yearly " + first.substring(0, 4) + ".." + last.substring(0, 4) + "]");
                });
            }
            return null;
        });
        where.forEach((key, levels) -> {
            levels.sort(null);
            assertEquals(expected.get(key), levels.toString(), "the tallies of " + key);
        });
    }

    private static void assertEqualsARebuild(Store s, String after) {
        Graph incremental = events(s);
        List<String> before = tallies(s);
        s.rebuildEvents();
        assertEquals(tallies(s), before, "after " + after + ", the tallies differ from a rebuild");
        assertTrue(incremental.isIsomorphicWith(events(s)), "after " + after + ", the events graph differs from a rebuild");
    }

    @Test
    void talliesCountTheEventsBetweenStatesAndBetweenPeople() {
        try (Store s = Store.inMemory()) {
            s.putAll(ARTICLES);
            // the undated visit of Putin to Beijing counts for all time only; the one dated to 2023 spans its months
            assertEquals(List.of(
                    "false china russia Visit allTime: 3",
                    "false china russia Visit monthly 2023-01..2023-12: 1",
                    "false china russia Visit monthly 2024-06..2024-06: 1",
                    "false china russia Visit yearly 2023..2023: 1",
                    "false china russia Visit yearly 2024..2024: 1",
                    "false myanmar russia Meeting allTime: 1",
                    "false myanmar russia Meeting monthly 2025-03..2025-03: 1",
                    "false myanmar russia Meeting yearly 2025..2025: 1",
                    "false myanmar russia Visit allTime: 1",
                    "false myanmar russia Visit monthly 2025-03..2025-03: 1",
                    "false myanmar russia Visit yearly 2025..2025: 1",
                    "true min-aung-hlaing russia Visit allTime: 1",
                    "true min-aung-hlaing russia Visit monthly 2025-03..2025-03: 1",
                    "true min-aung-hlaing russia Visit yearly 2025..2025: 1",
                    "true min-aung-hlaing vladimir-putin Meeting allTime: 1",
                    "true min-aung-hlaing vladimir-putin Meeting monthly 2025-03..2025-03: 1",
                    "true min-aung-hlaing vladimir-putin Meeting yearly 2025..2025: 1",
                    "true min-aung-hlaing vladimir-putin Visit allTime: 1",
                    "true min-aung-hlaing vladimir-putin Visit monthly 2025-03..2025-03: 1",
                    "true min-aung-hlaing vladimir-putin Visit yearly 2025..2025: 1",
                    "true vladimir-putin china Visit allTime: 3",
                    "true vladimir-putin china Visit monthly 2023-01..2023-12: 1",
                    "true vladimir-putin china Visit monthly 2024-06..2024-06: 1",
                    "true vladimir-putin china Visit yearly 2023..2023: 1",
                    "true vladimir-putin china Visit yearly 2024..2024: 1",
                    "true vladimir-putin russia Visit allTime: 1",
                    "true vladimir-putin russia Visit monthly 2025-03..2025-03: 1",
                    "true vladimir-putin russia Visit yearly 2025..2025: 1"), tallies(s));
            assertEqualsARebuild(s, "ingest");
            Graph events = events(s);
            assertEquals(List.of(), tallyViolations(events), "the tallies conform to ontology/shapes.ttl");
            Node tally = events.find(Node.ANY, Vocab.tallyLevel.asNode(), Vocab.yearly.asNode()).next().getSubject();
            events.add(tally, Vocab.firstMonth.asNode(), NodeFactory.createLiteralDT("2025-03", XSDDatatype.XSDgYearMonth));
            assertEquals(1, tallyViolations(events).size(), "a yearly tally with a month is not one");
        }
    }

    /** The SHACL violations whose focus is a relation tally. */
    private static List<String> tallyViolations(Graph events) {
        ValidationReport report = ShaclValidator.get().validate(Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl")), events);
        return report.getEntries().stream().filter(e -> e.focusNode().getURI().contains("/tally/")).map(ReportEntry::toString).toList();
    }

    @Test
    void removeReingestAndRelinkKeepTheTalliesEqualToARebuild() {
        try (Store s = Store.inMemory()) {
            s.putAll(ARTICLES);
            assertTrue(s.remove(ARTICLES.get(0).url()));
            assertEqualsARebuild(s, "removing one of two reports of a visit");
            assertTrue(s.remove(ARTICLES.get(1).url()));
            assertTrue(tallies(s).stream().noneMatch(t -> t.contains("myanmar russia Visit")), "a visit with no report left is in no tally");
            assertEqualsARebuild(s, "removing the last report of a visit");
            s.put(article("t2t2", "2025-03-09", EventsGraphTest.visit("2025-04-02")));
            assertTrue(tallies(s).containsAll(List.of("false myanmar russia Visit monthly 2025-04..2025-04: 1",
                    "false myanmar russia Visit yearly 2025..2025: 1", "false myanmar russia Visit allTime: 1")), tallies(s).toString());
            assertEqualsARebuild(s, "re-ingesting a report with another date");
            s.put(article("t2t2", "2025-03-09", EventsGraphTest.visit("2024-12")));
            assertTrue(tallies(s).containsAll(List.of("false myanmar russia Visit monthly 2024-12..2024-12: 1",
                    "false myanmar russia Visit yearly 2024..2024: 1", "false myanmar russia Visit allTime: 1")), tallies(s).toString());
            assertTrue(tallies(s).stream().noneMatch(t -> t.startsWith("false myanmar russia Visit yearly 2025")), "the visit left its year: " + tallies(s));
            assertEqualsARebuild(s, "re-ingesting a report dated to another year");
            s.put(article("t2t2", "2025-03-09", EventsGraphTest.visit(null)));
            assertTrue(tallies(s).contains("false myanmar russia Visit allTime: 1"), tallies(s).toString());
            assertTrue(tallies(s).stream().noneMatch(t -> t.startsWith("false myanmar russia Visit monthly") || t.startsWith("false myanmar russia Visit yearly")),
                    "an undated visit is tallied for all time only: " + tallies(s));
            assertEqualsARebuild(s, "re-ingesting a report without its date");
            ArticleGraphs linked = article("t7t7", "2025-04-03", EventsGraphTest.meeting("2025-03-31"));
            linked.entities().add(linked.entities().createResource(ID + "person/vladimir-putin"), SKOS.exactMatch,
                    linked.entities().createResource("http://www.wikidata.org/entity/Q7747"));
            s.put(linked);
            assertTrue(tallies(s).contains("false myanmar russia Meeting monthly 2025-03..2025-03: 1"), tallies(s).toString());
            assertEqualsARebuild(s, "a new link");
            ARTICLES.forEach(a -> s.remove(a.url()));
            s.remove(linked.url());
            assertEquals(List.of(), tallies(s), "no events, no tallies");
        }
    }

    @Test
    void anEntityThatGainsAStateMovesTheEventsItTakesPartIn() {
        ArticleGraphs unplaced = EventsGraphTest.article("u1u1", "2024-06-20", "Outlet U", putinInBeijing("2024-06-15"));
        Model m = unplaced.entities();
        m.add(m.createResource(ID + "person/vladimir-putin"), m.createProperty(Vocab.country.getURI()), m.createResource(ID + "state/russia"));
        try (Store s = Store.inMemory()) {
            s.put(unplaced);
            assertTrue(tallies(s).stream().noneMatch(t -> t.startsWith("false")), "Beijing has no state yet: " + tallies(s));
            s.put(article("u2u2", "2025-03-05", EventsGraphTest.visit("2025-03-04")));
            assertTrue(tallies(s).contains("false china russia Visit monthly 2024-06..2024-06: 1"), tallies(s).toString());
            assertEqualsARebuild(s, "an entity gained its state");
        }
    }
    @Test
    void aStoreTalliedByMonthOnlyIsTalliedAgainByItsNextWrite() {
        try (Store s = Store.inMemory()) {
            s.putAll(ARTICLES.subList(0, 4));
            List<String> current = tallies(s);
            // as the attache before yearly and all-time tallies left a store: monthly tallies only, without a level
            Txn.executeWrite(s.dataset(), () -> {
                DatasetGraph dsg = s.datasetGraph();
                Node graph = NodeFactory.createURI(Iris.EVENTS_GRAPH);
                List<Node> coarse = new ArrayList<>();
                dsg.find(graph, Node.ANY, Vocab.tallyLevel.asNode(), Node.ANY).forEachRemaining(q -> {
                    if (!q.getObject().equals(Vocab.monthly.asNode())) {
                        coarse.add(q.getSubject());
                    }
                });
                coarse.forEach(t -> dsg.deleteAny(graph, t, Node.ANY, Node.ANY));
                dsg.deleteAny(graph, Node.ANY, Vocab.tallyLevel.asNode(), Node.ANY);
                assertTrue(RelationTallies.outdated(dsg), "monthly tallies alone are an earlier attache's");
            });
            s.put(ARTICLES.get(4));
            assertTrue(tallies(s).containsAll(current), "the earlier articles' events are counted at every level again: " + tallies(s));
            assertEqualsARebuild(s, "the write that brought an earlier store up to date");
            assertTrue(!s.read(ds -> RelationTallies.outdated(ds.asDatasetGraph())), "up to date after the write");
        }
    }
}

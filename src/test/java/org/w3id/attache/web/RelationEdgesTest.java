package org.w3id.attache.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.attache.bounded.BoundedSelect;
import org.w3id.attache.events.Tallying;
import org.w3id.attache.mapping.Iris;
import org.w3id.attache.mapping.Vocab;
import org.w3id.attache.store.Store;

/**
 * The relations view's edges, read from the tallies, are those a plain count of the merged events
 * gives (pairing every event's participants and places), whatever the window, kinds and leaders;
 * and an edge's events page lists as many events as the edge counts. The store: the web fixture
 * and a few hundred random reports of visits, meetings, agreements and arms transfers between six
 * states, their people and cities, dated to the day, the month, the year or not at all; and a
 * few merged events written straight into the events graph whose days span up to three years.
 */
class RelationEdgesTest {
    private static final String ID = WebFixture.BASE;
    private static final Site SITE = new Site(ID);
    private static Store store;

    /** The relations query before the tallies: every event's participants and places paired, events counted by kind. */
    private static final String PLAIN = """
            PREFIX att:  <%1$s>
            SELECT ?a ?b ?class (COUNT(DISTINCT ?e) AS ?n) WHERE {
              GRAPH <%2$s> {
                %3$s
                ?e att:eventType ?class .
                ?e att:involves|att:place ?x .
                ?e att:involves|att:place ?y .
                %4$s
              }
              %5$s
              %6$s
              FILTER(STR(?a) < STR(?b))
            }
            GROUP BY ?a ?b ?class
            """;

    @BeforeAll
    static void load() {
        store = WebFixture.store();
        DatasetGraph extra = DatasetGraphFactory.createGeneral();
        RDFParser.fromString(randomReports(new Random(15), 300)).lang(Lang.TRIG).parse(extra);
        store.addQuads(extra);
        Random random = new Random(16);
        DatasetGraph dsg = store.datasetGraph();
        Txn.executeWrite(dsg, () -> Tallying.add(dsg, spanningEvents(dsg, random, 60)));
    }

    /**
     * Writes {@code n} merged events straight into the events graph, as no single report makes
     * them: of the four kinds, between two random parties (and perhaps a city), their days
     * spanning up to three years (across a new year, over whole years, or within a month).
     */
    private static List<Node> spanningEvents(DatasetGraph dsg, Random random, int n) {
        Node graph = NodeFactory.createURI(Iris.EVENTS_GRAPH);
        int[] lengths = {0, 1, 20, 45, 200, 400, 1000};
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Node e = NodeFactory.createURI(ID + "event/spanning-" + i);
            LocalDate first = LocalDate.of(2021, 6, 1).plusDays(random.nextInt(5 * 365));
            LocalDate last = first.plusDays(lengths[random.nextInt(lengths.length)]);
            dsg.add(graph, e, RDF.type.asNode(), Vocab.MergedEvent.asNode());
            dsg.add(graph, e, Vocab.eventType.asNode(), RelationFilter.KINDS.get(random.nextInt(4)).classes().get(0).asNode());
            for (String p : List.of(party(random), party(random))) {
                dsg.add(graph, e, Vocab.involves.asNode(), NodeFactory.createURI(ID + p.substring(3).replace("\\", "")));
            }
            if (random.nextBoolean()) {
                dsg.add(graph, e, Vocab.place.asNode(), NodeFactory.createURI(ID + place(random).substring(3).replace("\\", "")));
            }
            dsg.add(graph, e, Vocab.firstDay.asNode(), NodeFactory.createLiteralDT(first.toString(), XSDDatatype.XSDdate));
            dsg.add(graph, e, Vocab.lastDay.asNode(), NodeFactory.createLiteralDT(last.toString(), XSDDatatype.XSDdate));
            out.add(e);
        }
        return out;
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static String randomReports(Random random, int n) {
        StringBuilder s = new StringBuilder("""
                PREFIX att: <https://w3id.org/attache/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX schema: <http://schema.org/>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                PREFIX id: <https://w3id.org/attache/id/>
                GRAPH <https://w3id.org/attache/graph/entities> {
                """);
        for (int i = 0; i < 6; i++) {
            s.append("id:state\\/s").append(i).append(" a att:State ; rdfs:label \"State ").append(i).append("\" .\n");
            s.append("id:person\\/p").append(i).append(" a att:Person ; rdfs:label \"Person ").append(i).append("\" ; att:country id:state\\/s")
                    .append(i).append(" .\n");
            s.append("id:place\\/c").append(i).append(" a att:City ; rdfs:label \"City ").append(i).append("\" ; att:country id:state\\/s")
                    .append(i).append(" .\n");
        }
        s.append("}\n");
        String[] kinds = {"Visit", "Meeting", "Cooperation", "Agreement", "ArmsTransfer"};
        for (int i = 0; i < n; i++) {
            String article = "id:article\\/r" + i;
            String graph = "<" + Iris.articleGraph("r" + i) + ">";
            s.append("GRAPH <").append(Iris.METADATA_GRAPH).append("> { ").append(article).append(" a att:Article ; schema:url \"https://example.org/r")
                    .append(i).append("\"^^xsd:anyURI ; schema:datePublished \"2025-12-31\"^^xsd:date ; att:graph ").append(graph).append(" . }\n");
            String kind = kinds[random.nextInt(kinds.length)];
            String one = party(random);
            String other = party(random);
            String roles = switch (kind) {
                case "Visit" -> "att:visitor " + one + " ; att:destination " + (random.nextBoolean() ? place(random) : other)
                        + (random.nextBoolean() ? " ; att:host " + party(random) : "");
                case "Meeting" -> "att:participant " + one + " , " + other;
                case "ArmsTransfer" -> "att:supplier " + one + " ; att:recipient " + other;
                default -> "att:party " + one + " ; att:counterparty " + other;
            };
            s.append("GRAPH ").append(graph).append(" { id:fact\\/r").append(i).append(" a att:").append(kind).append(" ; ").append(roles)
                    .append(" ; att:certainty att:certain ; att:polarity att:positive ; att:tense att:past ; att:article ").append(article)
                    .append(date(random)).append(" . }\n");
        }
        return s.toString();
    }

    private static String party(Random random) {
        return (random.nextBoolean() ? "id:state\\/s" : "id:person\\/p") + random.nextInt(6);
    }

    private static String place(Random random) {
        return "id:place\\/c" + random.nextInt(6);
    }

    /** A date to the day, the month or the year in 2023–2025, or none. */
    private static String date(Random random) {
        int year = 2023 + random.nextInt(3);
        int month = 1 + random.nextInt(12);
        return switch (random.nextInt(6)) {
            case 0 -> "";
            case 1 -> " ; att:date \"" + year + "\"";
            case 2 -> " ; att:date \"%d-%02d\"".formatted(year, month);
            default -> " ; att:date \"%d-%02d-%02d\"".formatted(year, month, 1 + random.nextInt(28));
        };
    }

    private static <T> T read(Function<BoundedSelect, T> action) {
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> action.apply(new BoundedSelect(dsg, System.nanoTime() + 60_000_000_000L, 100_000)));
    }

    private static List<RelationFilter> filters() {
        // open and closed; partial and whole days, months and years at either end; across new years; outside the events
        String[][] windows = {{"", ""}, {"2024-03-15", ""}, {"", "2024-07-10"}, {"2024-02-29", "2024-03-01"}, {"2023-06-01", "2025-05-31"},
            {"2024-05-31", "2024-05-31"}, {"2024-01-01", "2024-12-31"}, {"2023-12-31", "2025-01-01"}, {"2025-06-30", "2025-08-01"},
            {"2024-01-01", ""}, {"", "2023-12-31"}, {"2023-01-01", "2025-12-31"}, {"2024-02-01", "2024-02-29"}, {"2023-11-01", "2024-02-29"},
            {"2024-03-15", "2024-08-10"}, {"2023-03-15", "2024-08-10"}, {"2024-01-01", "2025-06-15"}, {"2023-07-01", "2024-12-31"},
            {"2023-12-31", "2023-12-31"}, {"2025-01-01", "2025-01-01"}, {"2024-06-30", ""}, {"", "2024-06-01"}, {"2019-01-01", "2020-06-30"},
            {"2027-03-01", ""}};
        String[][] kinds = {{}, {"visit"}, {"meeting", "supply"}, {"cooperation"}};
        List<RelationFilter> out = new ArrayList<>();
        for (String[] w : windows) {
            for (String[] k : kinds) {
                for (String leaders : new String[] {null, "on"}) {
                    out.add(RelationFilter.of(w[0], w[1], k, leaders));
                }
            }
        }
        return out;
    }

    @Test
    void theTalliedEdgesAreThePlainCountsForEveryFilter() {
        int nonEmpty = 0;
        for (RelationFilter f : filters()) {
            TreeSet<String> plain = read(select -> plain(select, f));
            TreeSet<String> tallied = new TreeSet<>();
            for (RelationEdges.Edge e : read(select -> RelationEdges.read(select, f))) {
                e.counts().forEach((kind, n) -> tallied.add(e.a().iri() + " " + e.b().iri() + " " + kind + " " + n));
            }
            assertEquals(plain, tallied, f.parameters());
            nonEmpty += plain.isEmpty() ? 0 : 1;
        }
        assertFalse(nonEmpty < filters().size() / 2, "most filters find edges");
    }

    private static TreeSet<String> plain(BoundedSelect select, RelationFilter f) {
        TreeSet<String> out = new TreeSet<>();
        String sparql = PLAIN.formatted(Vocab.NS, Iris.EVENTS_GRAPH, f.classValues(), f.window(), node(f, "x", "a"), node(f, "y", "b"));
        select.rows(sparql, RelationEdges.windowValues(f)).forEach(r -> out.add(r.get("a").getURI() + " " + r.get("b").getURI() + " "
                + RelationFilter.KINDS.stream().filter(k -> k.classes().get(0).getURI().equals(r.get("class").getURI())).findFirst()
                        .orElseThrow().label() + " " + r.get("n").getLiteralLexicalForm()));
        return out;
    }

    /** What a participant or place ?x stands for, as the relations query before the tallies said it. */
    private static String node(RelationFilter f, String x, String node) {
        String inner = "{ ?" + x + " a att:State BIND(?" + x + " AS ?" + node + ") }"
                + (f.leaders() ? " UNION { ?" + x + " a att:Person BIND(?" + x + " AS ?" + node + ") }" : "")
                + " UNION { ?" + x + " att:country ?" + node + " . ?" + node + " a att:State"
                + (f.leaders() ? " FILTER NOT EXISTS { ?" + x + " a att:Person }" : "") + " }";
        return "GRAPH <" + Iris.ENTITIES_GRAPH + "> { " + inner + " }";
    }

    private static final Pattern EVENT_ROW = Pattern.compile("<tr class=\"event\">");

    @Test
    void anEdgesPageListsAsManyEventsAsTheEdgeCounts() {
        for (RelationFilter f : List.of(RelationFilter.of("", "", new String[0], null), RelationFilter.of("2024-03-15", "2025-02-10", new String[0], "on"))) {
            for (RelationEdges.Edge e : read(select -> RelationEdges.read(select, f))) {
                long total = e.total();
                int listed = 0;
                for (int offset = 0; offset < total + RelationEventsPage.PAGE; offset += RelationEventsPage.PAGE) {
                    int o = offset;
                    // asked either way round, the pair is the same
                    String page = read(select -> new RelationEventsPage(SITE).render(select, o % 2 == 0 ? e.a().iri() : e.b().iri(),
                            o % 2 == 0 ? e.b().iri() : e.a().iri(), f, o));
                    Matcher m = EVENT_ROW.matcher(page);
                    while (m.find()) {
                        listed++;
                    }
                }
                assertEquals(total, listed, e.a().iri() + " – " + e.b().iri() + " " + f.parameters());
            }
        }
    }
}

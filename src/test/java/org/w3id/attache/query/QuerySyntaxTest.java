package org.w3id.attache.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every competency query under {@code queries/} parses as plain SPARQL 1.1, states its
 * competency question, returns the columns of architecture.md §4, and finds the facts of the
 * hand-written sample ({@code src/test/resources/model/sample.trig}) over the union default graph.
 *
 * <p>The sample is loaded twice: into an in-memory TDB2 dataset with
 * {@code TDB2.symUnionDefaultGraph} set (what the store does), and as a plain in-memory dataset
 * whose default graph is the union graph; both must give the same rows.
 */
class QuerySyntaxTest {
    static final Path QUERIES = Path.of("queries");
    static final Path SAMPLE = Path.of("src/test/resources/model/sample.trig");

    static final String ID = "https://w3id.org/attache/id/";
    static final String URL = "https://news.example.org/2025/05/09/min-aung-hlaing-in-moscow";
    static final String NEGATED_FACT = ID + "fact/5d41402abc4b/9bf31c7ff062936a";

    /** Required columns, architecture.md §4. */
    static final Map<String, List<String>> COLUMNS = new LinkedHashMap<>();
    /** For each query: the number of rows over the sample, and one row it must contain. */
    static final Map<String, Integer> ROWS = new LinkedHashMap<>();
    static final Map<String, List<Map<String, String>>> EXPECTED = new LinkedHashMap<>();

    static {
        COLUMNS.put("visits", List.of("visitor", "visitorLabel", "destination", "destinationLabel", "date", "host",
                "hostLabel", "source"));
        COLUMNS.put("meetings", List.of("participant", "participantLabel", "counterpart", "counterpartLabel", "date",
                "topic", "source"));
        COLUMNS.put("positions", List.of("person", "personLabel", "positionLabel", "organization",
                "organizationLabel", "status", "source"));
        COLUMNS.put("cooperation", List.of("party", "partyLabel", "counterparty", "counterpartyLabel", "domain",
                "status", "source"));
        COLUMNS.put("supply", List.of("supplier", "supplierLabel", "recipient", "recipientLabel", "item", "hedged",
                "source"));
        COLUMNS.put("statements", List.of("speaker", "speakerLabel", "medium", "mediumLabel", "date", "content",
                "source"));
        COLUMNS.put("attendance", List.of("person", "personLabel", "event", "eventLabel", "date", "source"));
        COLUMNS.put("delegations", List.of("leader", "leaderLabel", "member", "memberLabel", "date", "source"));
        COLUMNS.put("entities", List.of("entity", "label", "type", "wikidata"));

        expect("visits", 1, Map.of("visitor", ID + "person/min-aung-hlaing", "visitorLabel", "Min Aung Hlaing",
                "destination", ID + "place/moscow", "destinationLabel", "Moscow", "date", "2025-05-07",
                "host", ID + "state/russia", "hostLabel", "Russia", "source", URL));
        expect("meetings", 1, Map.of("participant", ID + "person/min-aung-hlaing", "participantLabel", "Min Aung Hlaing",
                "counterpart", ID + "person/vladimir-putin", "counterpartLabel", "Vladimir Putin",
                "date", "2025-05-09", "topic", "military-technical cooperation", "source", URL));
        expect("positions", 1, Map.of("person", ID + "person/alexander-fomin", "personLabel", "Alexander Fomin",
                "positionLabel", "deputy defence minister", "organization", ID + "state/russia",
                "organizationLabel", "Russia", "status", "current", "source", URL));
        expect("cooperation", 2,
                Map.of("party", ID + "state/myanmar", "partyLabel", "Myanmar", "counterparty", ID + "state/russia",
                        "counterpartyLabel", "Russia", "domain", "nuclear", "status", "discussed", "source", URL),
                Map.of("partyLabel", "Myanmar", "counterpartyLabel", "Russia", "domain", "energy", "status", "signed",
                        "date", "2025-03", "source", URL));
        expect("supply", 1, Map.of("supplier", ID + "state/russia", "supplierLabel", "Russia",
                "recipient", ID + "org/myanmar-military-junta", "recipientLabel", "Myanmar military junta",
                "item", "Su-30 fighter jets", "hedged", "true", "source", URL));
        expect("statements", 1, Map.of("speaker", ID + "person/min-aung-hlaing", "speakerLabel", "Min Aung Hlaing",
                "medium", ID + "org/tass", "mediumLabel", "TASS", "date", "2025-05-08",
                "content", "relations with Moscow had reached a new height", "source", URL));
        expect("attendance", 1, Map.of("person", ID + "person/min-aung-hlaing", "personLabel", "Min Aung Hlaing",
                "event", ID + "event/victory-day-parade", "eventLabel", "Victory Day parade", "date", "2025",
                "source", URL));
        expect("delegations", 1, Map.of("leader", ID + "person/min-aung-hlaing", "leaderLabel", "Min Aung Hlaing",
                "member", ID + "person/soe-win", "memberLabel", "Soe Win", "date", "", "source", URL));
        expect("entities", 12,
                Map.of("entity", ID + "state/russia", "label", "Russia", "type", "State", "wikidata", "Q159"),
                Map.of("entity", ID + "org/myanmar-military-junta", "label", "Myanmar military junta",
                        "type", "MilitaryJunta", "wikidata", ""),
                Map.of("entity", ID + "person/min-aung-hlaing", "type", "Person", "wikidata", ""),
                Map.of("entity", ID + "place/moscow", "type", "City", "wikidata", "Q649"),
                Map.of("entity", ID + "post/russia/deputy-defence-minister", "type", "Post"),
                Map.of("entity", ID + "event/victory-day-parade", "type", "Ceremony"));
    }

    @SafeVarargs
    private static void expect(String query, int rows, Map<String, String>... expected) {
        ROWS.put(query, rows);
        EXPECTED.put(query, List.of(expected));
    }

    static Dataset tdb2;
    static Dataset plain;

    @BeforeAll
    static void load() {
        tdb2 = TDB2Factory.createDataset();
        tdb2.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(tdb2, () -> RDFDataMgr.read(tdb2, SAMPLE.toString()));
        DatasetGraph dsg = RDFDataMgr.loadDatasetGraph(SAMPLE.toString());
        plain = DatasetFactory.wrap(ModelFactory.createModelForGraph(dsg.getUnionGraph()));
    }

    @AfterAll
    static void close() {
        tdb2.close();
    }

    @Test
    void everyCompetencyQueryExists() throws IOException {
        Set<String> names = queryFiles().stream().map(QuerySyntaxTest::name).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(names.containsAll(COLUMNS.keySet()), "missing queries: " + COLUMNS.keySet() + " vs " + names);
    }

    @TestFactory
    Stream<DynamicTest> queries() throws IOException {
        return queryFiles().stream().map(file -> DynamicTest.dynamicTest(name(file), () -> check(file)));
    }

    private static void check(Path file) throws IOException {
        String name = name(file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("# Competency question"), file + " must start with '# Competency question'");
        Query query = QueryFactory.create(text, Syntax.syntaxSPARQL_11);
        assertFalse(query.toString().contains("GRAPH"), file + " should query the union default graph, not GRAPH");
        assertTrue(query.isSelectType(), file + " is not a SELECT query");
        assertTrue(query.hasOrderBy(), file + " has no ORDER BY");
        List<String> columns = COLUMNS.get(name);
        if (columns == null) {
            return; // an extra query: syntax only
        }
        assertTrue(query.getResultVars().containsAll(columns),
                () -> file + " lacks columns " + missing(columns, query.getResultVars()));

        List<Map<String, String>> rows = Txn.calculateRead(tdb2, () -> run(query, tdb2));
        List<Map<String, String>> plainRows = run(query, plain);
        assertEquals(rows, plainRows, name + ": TDB2 union default graph and plain union graph differ");

        assertEquals(ROWS.get(name), rows.size(), () -> name + " rows: " + rows);
        for (Map<String, String> want : EXPECTED.get(name)) {
            assertTrue(rows.stream().anyMatch(row -> matches(row, want)), () -> name + ": no row with " + want + " in " + rows);
        }
        for (Map<String, String> row : rows) {
            for (String c : columns) {
                assertTrue(row.containsKey(c) || c.equals("host") || c.equals("medium") || c.equals("organization"),
                        () -> name + ": column " + c + " unbound in " + row);
            }
            assertFalse(row.containsValue(NEGATED_FACT), () -> name + " returns the negated fact: " + row);
        }
    }

    private static List<Map<String, String>> run(Query query, Dataset dataset) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create(query, dataset)) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                Map<String, String> row = new LinkedHashMap<>();
                for (String v : rs.getResultVars()) {
                    RDFNode n = s.get(v);
                    if (n != null) {
                        Node node = n.asNode();
                        row.put(v, node.isURI() ? node.getURI() : node.isLiteral() ? node.getLiteralLexicalForm() : node.toString());
                    }
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static boolean matches(Map<String, String> row, Map<String, String> want) {
        return want.entrySet().stream().allMatch(e -> e.getValue().equals(row.get(e.getKey())));
    }

    private static Set<String> missing(List<String> wanted, List<String> got) {
        Set<String> m = new HashSet<>(wanted);
        got.forEach(m::remove);
        return m;
    }

    private static List<Path> queryFiles() throws IOException {
        try (Stream<Path> s = Files.list(QUERIES)) {
            return s.filter(p -> p.toString().endsWith(".rq")).sorted().collect(Collectors.toList());
        }
    }

    private static String name(Path file) {
        String f = file.getFileName().toString();
        return f.substring(0, f.length() - ".rq".length());
    }
}

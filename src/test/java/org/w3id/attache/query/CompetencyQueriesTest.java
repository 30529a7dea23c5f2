package org.w3id.attache.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3id.attache.intake.ArticleReader;
import org.w3id.attache.intake.MetadataOverrides;
import org.w3id.attache.pipeline.ArticleProcessor;
import org.w3id.attache.store.Store;

/**
 * Runs every competency query over the seed article and compares the rows with
 * {@code src/test/resources/expected/seed/NAME.tsv}, rows checked by hand against the text:
 * a row missing is a lost fact, a row too many is a fact the text does not state.
 */
class CompetencyQueriesTest {
    private static final Path SEED = Path.of("samples/seed-victory-day.txt");

    /** Key columns per query; queries whose parties are unordered sort the first two. */
    private static final Map<String, List<String>> KEYS = Map.of(
            "visits", List.of("visitorLabel", "destinationLabel", "date", "hostLabel"),
            "meetings", List.of("participantLabel", "counterpartLabel", "date", "topic"),
            "positions", List.of("personLabel", "positionLabel", "organizationLabel", "status"),
            "cooperation", List.of("partyLabel", "counterpartyLabel", "domain", "status"),
            "supply", List.of("supplierLabel", "recipientLabel", "item", "hedged"),
            "statements", List.of("speakerLabel", "mediumLabel", "date"),
            "attendance", List.of("personLabel", "eventLabel", "date"),
            "delegations", List.of("leaderLabel", "memberLabel", "date"));
    private static final Set<String> UNORDERED = Set.of("meetings", "cooperation");

    private static Store store;

    @BeforeAll
    static void ingestSeed() {
        store = Store.inMemory();
        var read = new ArticleReader(MetadataOverrides.NONE).read(SEED);
        assertTrue(read.errors().isEmpty(), read.errors().toString());
        ArticleProcessor processor = ArticleProcessor.standard();
        read.articles().forEach(a -> store.put(processor.process(a)));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @TestFactory
    Stream<DynamicTest> everyFactQueryGivesTheHandCheckedRows() {
        return KEYS.keySet().stream().sorted().map(name -> DynamicTest.dynamicTest(name, () -> {
            Set<String> expected = expectedRows(name);
            Set<String> actual = new TreeSet<>();
            for (Map<String, String> row : run(name)) {
                actual.add(key(name, row));
                if (name.equals("statements")) {
                    assertFalse(row.get("content").isBlank(), "a statement without content: " + row);
                }
                assertEquals("https://example.org/news/seed-victory-day", row.get("source"), "source is the article url");
            }
            assertEquals(String.join("\n", expected), String.join("\n", actual), name + ": rows differ from the hand-checked ones");
        }));
    }

    @Test
    void entitiesHaveLabelsTypesAndOnlyVerifiedWikidataIds() throws IOException {
        Set<String> verified = verifiedIds();
        List<Map<String, String>> rows = run("entities");
        assertFalse(rows.isEmpty());
        for (Map<String, String> row : rows) {
            assertFalse(row.get("label").isBlank(), "entity without label: " + row);
            assertFalse(row.get("type").isBlank(), "entity without type: " + row);
            String qid = row.get("wikidata");
            assertTrue(qid.isEmpty() || verified.contains(qid), "unverified Wikidata id " + qid + " on " + row);
        }
        Map<String, String> byLabel = new java.util.HashMap<>();
        rows.forEach(r -> byLabel.put(r.get("label"), r.get("wikidata")));
        assertEquals("Q7747", byLabel.get("Vladimir Putin"));
        assertEquals("Q159", byLabel.get("Russia"));
        assertEquals("", byLabel.get("Khin Yi"), "no id is known offline for Khin Yi");
    }

    private static String key(String name, Map<String, String> row) {
        List<String> cols = new ArrayList<>();
        for (String c : KEYS.get(name)) {
            cols.add(row.getOrDefault(c, ""));
        }
        if (UNORDERED.contains(name) && cols.get(0).compareTo(cols.get(1)) > 0) {
            String first = cols.get(0);
            cols.set(0, cols.get(1));
            cols.set(1, first);
        }
        return String.join("\t", cols);
    }

    private static Set<String> expectedRows(String name) throws IOException {
        Set<String> rows = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/expected/seed/" + name + ".tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = Arrays.copyOf(line.split("\t", -1), KEYS.get(name).size());
            Map<String, String> row = new java.util.HashMap<>();
            for (int i = 0; i < cols.length; i++) {
                row.put(KEYS.get(name).get(i), cols[i] == null ? "" : cols[i]);
            }
            rows.add(key(name, row));
        }
        return rows;
    }

    private static List<Map<String, String>> run(String name) throws IOException {
        Query query = QueryRunner.load(name);
        return store.read(ds -> {
            List<Map<String, String>> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.create(query, ds)) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    Map<String, String> row = new java.util.HashMap<>();
                    for (String v : rs.getResultVars()) {
                        RDFNode n = s.get(v);
                        row.put(v, n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                    }
                    out.add(row);
                }
            }
            return out;
        });
    }

    private static Set<String> verifiedIds() throws IOException {
        Set<String> ids = new HashSet<>();
        for (String file : List.of("countries.tsv", "entities.tsv", "posts.tsv")) {
            try (InputStream in = CompetencyQueriesTest.class.getResourceAsStream("/gazetteer/" + file)) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    for (String col : line.split("\t")) {
                        if (col.matches("Q\\d+")) {
                            ids.add(col);
                        }
                    }
                }
            }
        }
        return ids;
    }
}

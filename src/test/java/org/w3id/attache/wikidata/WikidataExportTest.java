package org.w3id.attache.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.attache.store.Store;

/**
 * QuickStatements and the Wikidata-shaped view over hand-written post-holding facts
 * ({@code src/test/resources/wikidata/positions.trig}); the expected lines were written from the
 * comments there, not from a run.
 */
class WikidataExportTest {
    static Store store;

    @BeforeAll
    static void load() {
        store = Store.inMemory();
        Txn.executeWrite(store.dataset(), () -> RDFDataMgr.read(store.dataset(), "src/test/resources/wikidata/positions.trig"));
        WikidataView.rebuild(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void quickStatementsForLinkedCertainFactsOnly() {
        StringWriter out = new StringWriter();
        int n = QuickStatementsExport.write(store, new PrintWriter(out));
        String ref = "\tS854\t\"https://news.example.org/a1\"\tS813\t+2026-11-28T00:00:00Z/11";
        assertEquals(List.of(
                "Q200881\tP39\tQ5256775\tP580\t+2019-06-00T00:00:00Z/10" + ref,
                "Q7747\tP39\tQ218295" + ref,
                "Q7747\tP39\tQ218295\tP582\tsomevalue" + ref), out.toString().lines().toList());
        assertEquals(3, n);
    }

    @Test
    void theExampleQueryReadsTheViewWithPrecision() throws Exception {
        String q = Files.readString(Path.of("queries/wikidata-positions.rq"));
        List<String> rows = new ArrayList<>();
        store.read(ds -> {
            try (QueryExecution qe = QueryExecution.create(q, ds)) {
                qe.execSelect().forEachRemaining(s -> rows.add(String.join(" ",
                        s.getResource("person").getURI().replaceFirst(".*/", ""),
                        s.getResource("position").getURI().replaceFirst(".*/(post/)?", ""),
                        s.contains("start") ? s.getLiteral("start").getLexicalForm() + "/" + s.getLiteral("startPrecision").getInt() : "-",
                        String.valueOf(s.getLiteral("ended").getBoolean()),
                        s.getResource("source").getURI())));
            }
            return null;
        });
        assertEquals(List.of(
                "alexander-fomin deputy-defence-minister - false https://news.example.org/a1",
                "Q200881 Q5256775 2019-06-01T00:00:00Z/10 false https://news.example.org/a1",
                "Q7747 Q218295 - false https://news.example.org/a1",
                "Q7747 Q218295 - true https://news.example.org/a1"), rows);
    }

    @Test
    void theViewIsRebuiltNotAppended() {
        long first = store.read(ds -> (Long) (long) ds.getNamedModel(WikidataView.GRAPH).size());
        WikidataView.rebuild(store);
        assertEquals(first, (long) store.read(ds -> (Long) (long) ds.getNamedModel(WikidataView.GRAPH).size()));
    }

    @Test
    void wikidataTimes() {
        assertEquals("+2025-00-00T00:00:00Z/9", WikidataTime.parse("2025").quickStatements());
        assertEquals("2025-01-01T00:00:00Z", WikidataTime.parse("2025").rdfValue());
        assertEquals("+2025-05-07T00:00:00Z/11", WikidataTime.parse("2025-05-07").quickStatements());
    }
}

package org.w3id.attache.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.w3id.attache.store.Store;

/**
 * An entity's page reads only the articles of its own page, and an event or tenure of many reports
 * shows a few of them: what keeps the page cheap however many articles name the entity.
 */
class EntityPagingTest {
    private static final String ID = WebFixture.BASE;
    private static final Site SITE = new Site(ID);

    private static String read(Store store, Function<DatasetGraph, String> page) {
        return Txn.calculateRead(store.datasetGraph(), () -> page.apply(store.datasetGraph()));
    }

    private static int count(String text, String regex) {
        return WebFixture.count(text, regex);
    }

    @Test
    void eachPageHoldsItsOwnArticlesNewestFirstWithTheirFacts() {
        try (Store store = WebFixture.store()) {
            // the fixture: a1 (2025-05-09) has Putin's meeting and post; a2 (2024-06-01) his visit to Beijing
            String newest = read(store, dsg -> new EntityPage(SITE, 1).render(dsg, ID + "person/vladimir-putin", 0));
            assertTrue(newest.contains("<h2>Facts (from articles 1–1 of 2, newest first)</h2>"), newest);
            assertEquals(1, count(newest, "<tr class=\"fact\">"), newest);
            assertTrue(newest.contains("href=\"/id/article/a1#fact-f2\">He met President Vladimir Putin in May"), newest);
            assertEquals(1, count(newest, "<tr class=\"holding\">"));
            assertTrue(newest.contains("<a href=\"/id/article/a1\">Junta chief in Moscow</a>"));
            assertFalse(newest.contains("<a href=\"/id/article/a2\">"), "a2 is on the next page");
            assertTrue(newest.contains("<a href=\"/id/person/vladimir-putin?offset=1\">older articles →</a>"), newest);
            assertFalse(newest.contains("newer articles"));
            // the merged events and tenures are not paged: they are few however many articles there are
            assertEquals(2, count(newest, "<tr class=\"event\">"), newest);

            String older = read(store, dsg -> new EntityPage(SITE, 1).render(dsg, ID + "person/vladimir-putin", 1));
            assertTrue(older.contains("<h2>Facts (from articles 2–2 of 2, newest first)</h2>"), older);
            assertEquals(1, count(older, "<tr class=\"fact\">"));
            assertTrue(older.contains("href=\"/id/article/a2#fact-f5\">Vladimir Putin travelled to Beijing in 2024.</a>"));
            assertEquals(0, count(older, "<tr class=\"holding\">"));
            assertTrue(older.contains("<a href=\"/id/person/vladimir-putin?offset=0\">← newer articles</a>"), older);

            String beyond = read(store, dsg -> new EntityPage(SITE, 1).render(dsg, ID + "person/vladimir-putin", 7));
            assertTrue(beyond.contains("(none: 2 articles in all)"), beyond);
            assertEquals(0, count(beyond, "<tr class=\"fact\">"));

            String state = read(store, dsg -> new EntityPage(SITE).render(dsg, ID + "state/russia"));
            assertTrue(state.contains("<h2>Its posts and their holders over time</h2>"), "a state holds no post: " + state);
            String whole = read(store, dsg -> new EntityPage(SITE).render(dsg, ID + "person/vladimir-putin"));
            assertTrue(whole.contains("<h2>Facts</h2>") && !whole.contains("class=\"pages\""), "one page needs no pager");
        }
        assertThrows(IllegalArgumentException.class, () -> new EntityPage(SITE, 0));
    }

    @Test
    void onlyTheLatestEventsAreShownWithHowManyThereAre() {
        try (Store store = WebFixture.store()) {
            // Putin's events in the fixture: the visit to Beijing (2024) and the meeting in Moscow (2025-05)
            String table = read(store, dsg -> new EventTables(SITE, new GraphReader(dsg))
                    .events(new GraphReader(dsg).resource(ID + "person/vladimir-putin"), 1).toString());
            assertEquals(1, count(table, "<tr class=\"event\">"), table);
            assertTrue(table.contains("<td>2025-05</td>"), table);
            assertTrue(table.contains("The latest 1 of 2 events; <a href=\"/timeline?actor=https%3A%2F%2Fw3id.org%2Fattache%2Fid%2F"
                    + "person%2Fvladimir-putin\">the timeline</a>"), table);
            String both = read(store, dsg -> new EventTables(SITE, new GraphReader(dsg))
                    .events(new GraphReader(dsg).resource(ID + "person/vladimir-putin"), 2).toString());
            assertEquals(2, count(both, "<tr class=\"event\">"));
            assertFalse(both.contains("The latest"), both);
        }
    }

    @Test
    void anEventOfManyReportsShowsItsCountAndTheEarliestFew() {
        StringBuilder trig = new StringBuilder("""
                PREFIX att: <https://w3id.org/attache/ontology#>
                PREFIX schema: <http://schema.org/>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                PREFIX id: <https://w3id.org/attache/id/>
                """);
        int reports = EventReader.REPORTS_SHOWN + 3;
        for (int i = 10; i < 10 + reports; i++) {
            trig.append("""
                    <https://w3id.org/attache/graph/metadata> {
                        id:article\\/m%1$d a att:Article ; schema:headline "Report %1$d" ;
                            schema:datePublished "2025-05-%1$d"^^xsd:date ; att:graph <https://w3id.org/attache/graph/article/m%1$d> .
                    }
                    <https://w3id.org/attache/graph/article/m%1$d> {
                        id:fact\\/m%1$d\\/f1 a att:Visit ; att:article id:article\\/m%1$d ; att:visitor id:person\\/min-aung-hlaing ;
                            att:destination id:state\\/russia ; att:date "2025-05"^^xsd:gYearMonth ;
                            att:polarity att:positive ; att:tense att:past ; att:certainty att:probable .
                    }
                    """.formatted(i));
        }
        try (Store store = WebFixture.store()) {
            store.addQuads(RDFParser.fromString(trig.toString(), Lang.TRIG).toDatasetGraph());
            String page = read(store, dsg -> new EntityPage(SITE).render(dsg, ID + "person/min-aung-hlaing"));
            // the fixture's a1 reports the same visit: one event of reports + 1 sources, the earliest ten linked
            assertTrue(page.contains("<td class=\"sources\">" + (reports + 1) + " sources: "), page);
            assertTrue(page.contains("(" + EventReader.REPORTS_SHOWN + " shown)"), page);
            // earliest first: a1 (2025-05-09), then the reports of 10, 11, … May; the latest are left out
            assertTrue(page.contains("title=\"Report 10\">2</a>"), page);
            assertTrue(page.contains("title=\"Report 18\">10</a>"), page);
            assertFalse(page.contains("title=\"Report 19\""), page);
        }
    }
}

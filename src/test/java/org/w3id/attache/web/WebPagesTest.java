package org.w3id.attache.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.attache.store.Store;

/** The pages and descriptions over the hand-written fixture, checked against what the fixture says. */
class WebPagesTest {
    private static final String ID = WebFixture.BASE;
    private static Store store;
    private static final Site SITE = new Site(ID);

    @BeforeAll
    static void load() {
        store = WebFixture.store();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static <T> T read(Function<DatasetGraph, T> action) {
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> action.apply(dsg));
    }

    private static int count(String text, String regex) {
        return WebFixture.count(text, regex);
    }

    @Test
    void articleTextHighlightsEachFactSentenceByCodePoints() {
        String page = read(dsg -> new ArticlePage(SITE).render(dsg, ID + "article/a1"));
        // The emoji is one code point but two Java chars: the first mark must still end at "2025."
        assertTrue(page.contains("<mark id=\"span-0-72\" class=\"fact-span\">\uD83D\uDE42 Myanmar&#39;s junta chief Min Aung Hlaing"
                + " arrived in Moscow on 7 May 2025.<a href=\"#fact-f1\" title=\"Visit\">1</a></mark>"), page);
        // f2 and f3 share the second sentence: one mark, two links; its "<closer>" is escaped
        assertTrue(page.contains("<mark id=\"span-74-149\" class=\"fact-span\">He met President Vladimir Putin in May, and the two"
                + " spoke of &lt;closer&gt; ties.<a href=\"#fact-f2\" title=\"Meeting\">2</a><a href=\"#fact-f3\" title=\"PostHolding\">3</a></mark>"), page);
        assertTrue(page.contains("<mark id=\"span-151-187\" class=\"fact-span\">Min Aung Hlaing did not visit Kazan."), page);
        assertFalse(page.contains("<closer>"));
        assertEquals(3, count(page, "<mark "));
        assertEquals(4, count(page, "<tr id=\"fact-f\\d\" class=\"fact\">"));
        assertTrue(page.contains("<dd>Example News</dd>"));
        assertTrue(page.contains("<title>Junta chief in Moscow · attache</title>"));
        // table sentences link to their span in the text; fact kinds link to the fact's own IRI
        assertTrue(page.contains("<a class=\"sentence\" href=\"#span-74-149\">"));
        assertTrue(page.contains("<a href=\"/id/fact/a1/f4\">Visit</a> (negated)"));
    }

    @Test
    void spansOutsideTheTextOrOverlappingAreLeftUnmarked() {
        List<FactView> facts = List.of(
                new FactView(ID + "fact/x/1", "Visit", List.of(), "", "", "", "certain", false, "", "", 0, 5),
                new FactView(ID + "fact/x/2", "Visit", List.of(), "", "", "", "certain", false, "", "", 3, 8),
                new FactView(ID + "fact/x/3", "Visit", List.of(), "", "", "", "certain", false, "", "", 9, 40));
        String html = ArticlePage.highlighted("abcde fgh ij", facts).toString();
        assertEquals("<mark id=\"span-0-5\" class=\"fact-span\">abcde<a href=\"#fact-1\" title=\"Visit\">1</a></mark> fgh ij", html);
    }

    @Test
    void entityPageShowsWikidataPostsFactsAndArticles() {
        String page = read(dsg -> new EntityPage(SITE).render(dsg, ID + "person/vladimir-putin"));
        assertTrue(page.contains("<h1>Vladimir Putin</h1>"));
        assertTrue(page.contains("<a class=\"wikidata\" href=\"http://www.wikidata.org/entity/Q7747\">Q7747</a>"), page);
        assertTrue(page.contains("<dd class=\"types\">Person</dd>"));
        assertTrue(page.contains("<h2>Posts held over time</h2>"));
        assertTrue(page.contains("<a href=\"/id/post/russia/president\">President of Russia</a>"));
        assertEquals(1, count(page, "<tr class=\"holding\">"));
        // the meeting (a1) and the visit to Beijing (a2), each linked to its row on its article's page
        assertEquals(2, count(page, "<tr class=\"fact\">"));
        assertTrue(page.contains("href=\"/id/article/a1#fact-f2\">He met President Vladimir Putin in May"), page);
        assertTrue(page.contains("href=\"/id/article/a2#fact-f5\">Vladimir Putin travelled to Beijing in 2024.</a>"));
        assertTrue(page.contains("<td>probable</td>"));
        assertTrue(page.contains("<a href=\"/id/article/a1\">Junta chief in Moscow</a> (2025-05-09)"));
        assertTrue(page.contains("<a href=\"/id/article/a2\">Putin in Beijing</a> (2024-06-01)"));
        // the events graph: one tenure (President of Russia, seen in a1) and two events (the meeting, the visit)
        assertEquals(1, count(page, "<tr class=\"tenure\">"), page);
        assertTrue(page.contains("<td>current</td><td></td><td></td><td>2025-05-09</td><td>2025-05-09</td><td class=\"sources\">1 source: "), page);
        assertEquals(2, count(page, "<tr class=\"event\">"), page);
        assertTrue(page.contains("<a href=\"/id/article/a2#fact-f5\" title=\"Putin in Beijing: Vladimir Putin travelled to Beijing in 2024.\">1</a>"), page);
    }

    @Test
    void postPageListsItsHolders() {
        String page = read(dsg -> new EntityPage(SITE).render(dsg, ID + "post/russia/president"));
        assertTrue(page.contains("<h2>Holders over time</h2>"));
        assertTrue(page.contains("<a href=\"/id/person/vladimir-putin\">Vladimir Putin</a>"));
        assertTrue(page.contains("<a class=\"wikidata\" href=\"http://www.wikidata.org/entity/Q218295\">Q218295</a>"));
    }

    @Test
    void pagesAreChosenByWhatTheIriIs() {
        assertTrue(read(dsg -> new ResourcePages(SITE).html(dsg, ID + "article/a2")).orElseThrow().contains("<h2>Facts (1)</h2>"));
        assertTrue(read(dsg -> new ResourcePages(SITE).html(dsg, ID + "state/china")).orElseThrow().contains("<h1>China</h1>"));
        String fact = read(dsg -> new ResourcePages(SITE).html(dsg, ID + "fact/a1/f2")).orElseThrow();
        assertTrue(fact.contains("<h1>Meeting · 2025-05</h1>"), fact);
        assertTrue(fact.contains("<a class=\"sentence\" href=\"/id/article/a1#fact-f2\">He met"), fact);
        assertTrue(read(dsg -> new ResourcePages(SITE).html(dsg, ID + "person/nobody")).isEmpty());
    }

    @Test
    void descriptionHoldsTheIrisTriplesAndItsFragmentRecords() {
        Model putin = read(dsg -> ResourceDescription.describe(dsg, ID + "person/vladimir-putin"));
        assertTrue(putin.contains(putin.createResource(ID + "person/vladimir-putin#wikidata-link"), null));
        assertEquals("Vladimir Putin", putin.getResource(ID + "person/vladimir-putin")
                .getProperty(org.apache.jena.vocabulary.RDFS.label).getString());
        // the fact's evidence span comes with it
        Model fact = read(dsg -> ResourceDescription.describe(dsg, ID + "fact/a1/f1"));
        assertTrue(fact.contains(fact.createResource(ID + "article/a1#char=0,72"), null));
        // an article brings its graph: the text and all four facts
        Model article = read(dsg -> ResourceDescription.describe(dsg, ID + "article/a1"));
        assertEquals(4, article.listSubjectsWithProperty(article.createProperty("https://w3id.org/attache/ontology#article")).toList().size());
        assertTrue(article.contains(article.createResource(ID + "article/a1#context"), null));
        assertTrue(read(dsg -> ResourceDescription.describe(dsg, ID + "person/nobody")).isEmpty());
    }

    @Test
    void timelineDrawsDatedPositiveVisitsAndMeetingsAndFilters() {
        String all = read(dsg -> new TimelinePage(SITE).render(dsg, null, null));
        assertEquals(3, count(all, "<a href=\"[^\"]*\" class=\"event "), all);
        assertTrue(all.contains("Visit: Min Aung Hlaing → Moscow · 1 source"));
        assertFalse(all.contains("Kazan</text>"), "the negated visit is not drawn");
        assertEquals(1, count(all, "<circle "), "one event known to the day");
        assertEquals(2, count(all, "<rect "), "a month and a year are bars");
        assertTrue(all.contains("href=\"/id/article/a1#fact-f1\" class=\"event visit\""));

        String putin = read(dsg -> new TimelinePage(SITE).render(dsg, ID + "person/vladimir-putin", ""));
        assertEquals(2, count(putin, "class=\"event "));
        assertTrue(putin.contains("<option value=\"" + ID + "person/vladimir-putin\" selected=\"selected\">Vladimir Putin</option>"));
        String china = read(dsg -> new TimelinePage(SITE).render(dsg, "", ID + "state/china"));
        assertEquals(1, count(china, "class=\"event "));
        assertTrue(china.contains("Visit: Vladimir Putin → Beijing"));
        String myanmar = read(dsg -> new TimelinePage(SITE).render(dsg, null, ID + "state/myanmar"));
        assertEquals(2, count(myanmar, "class=\"event "));
        String nobody = read(dsg -> new TimelinePage(SITE).render(dsg, ID + "state/china", ID + "state/myanmar"));
        assertTrue(nobody.contains("No dated visits or meetings match."));
    }

    @Test
    void theTimelinePagesItsMarksInDateOrderKeepingTheFilters() {
        String first = read(dsg -> new TimelinePage(SITE, 2).render(dsg, null, null, 0));
        assertEquals(2, count(first, "<a href=\"[^\"]*\" class=\"event "), first);
        assertTrue(first.contains("1–2 of 3 shown"), first);
        assertTrue(first.contains("href=\"/timeline?actor=&amp;country=&amp;offset=2\">later →</a>"), first);
        assertFalse(first.contains("earlier"), first);
        String last = read(dsg -> new TimelinePage(SITE, 2).render(dsg, null, null, 2));
        assertEquals(1, count(last, "<a href=\"[^\"]*\" class=\"event "), last);
        assertTrue(last.contains("3–3 of 3 shown"), last);
        assertTrue(last.contains("offset=0\">← earlier</a>"), last);
        assertFalse(last.contains("later →"), last);
        String putin = read(dsg -> new TimelinePage(SITE, 1).render(dsg, ID + "person/vladimir-putin", "", 0));
        assertTrue(putin.contains("actor=" + java.net.URLEncoder.encode(ID + "person/vladimir-putin", java.nio.charset.StandardCharsets.UTF_8)
                + "&amp;country=&amp;offset=1"), putin);
        String beyond = read(dsg -> new TimelinePage(SITE, 2).render(dsg, null, null, 99));
        assertEquals(0, count(beyond, "class=\"event "), beyond);
        assertTrue(beyond.contains("none of 3 from mark 4") && beyond.contains("← earlier"), beyond);
        assertThrows(IllegalArgumentException.class, () -> new TimelinePage(SITE, 0));
    }

    @Test
    void aVisitTwoArticlesReportIsOneMarkWithTwoSources() {
        String second = """
                PREFIX att: <https://w3id.org/attache/ontology#>
                PREFIX schema: <http://schema.org/>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                PREFIX id: <https://w3id.org/attache/id/>
                <https://w3id.org/attache/graph/metadata> {
                    id:article\\/a3 a att:Article ; schema:url "https://example.org/news/a3"^^xsd:anyURI ;
                        schema:datePublished "2025-05-08"^^xsd:date ; att:outlet "Other Wire" ;
                        att:graph <https://w3id.org/attache/graph/article/a3> .
                }
                <https://w3id.org/attache/graph/article/a3> {
                    id:fact\\/a3\\/f1 a att:Visit ; att:article id:article\\/a3 ; att:visitor id:person\\/min-aung-hlaing ;
                        att:destination id:state\\/russia ; att:date "2025-05"^^xsd:gYearMonth ;
                        att:polarity att:positive ; att:tense att:past ; att:certainty att:probable .
                }
                """;
        try (Store both = WebFixture.store()) {
            both.addQuads(org.apache.jena.riot.RDFParser.fromString(second, org.apache.jena.riot.Lang.TRIG).toDatasetGraph());
            String page = Txn.calculateRead(both.datasetGraph(), () -> new TimelinePage(SITE).render(both.datasetGraph(), null, null));
            assertEquals(3, count(page, "<a href=\"[^\"]*\" class=\"event "), page);
            assertTrue(page.contains("Visit: Min Aung Hlaing → Moscow · 2 sources"), page);
            assertTrue(page.contains("(and 1 more source)"), page);
            assertEquals(1, count(page, "<circle "), "the two reports agree on the day the first gives");
        }
    }

    @Test
    void anEventIsDrawnOverTheDaysOfItsAgreedDate() {
        EventView month = new EventView("e", "Visit", List.of(), null, "2024-02", "2024-02-01", "2024-02-29", 2, false, List.of());
        assertEquals("[2024-02-01, 2024-02-29]", List.of(TimelinePage.days(month).orElseThrow()).toString());
        EventView none = new EventView("e", "Visit", List.of(), null, "", "", "", 1, false, List.of());
        assertTrue(TimelinePage.days(none).isEmpty());
    }

    @Test
    void queryListLinksEachQueryIntoTheEditor() {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("visits", "# Competency question: Who visited whom?\nSELECT * WHERE { ?s ?p ?o }\n");
        queries.put("cooperation", "# Competency question: Who cooperates with whom, in which domain,\n# and how far along is it?\n"
                + "# One row per fact.\nSELECT * WHERE { ?s ?p ?o }\n# not part of the description\n");
        String page = new QueryListPage(SITE).render(queries);
        Matcher link = Pattern.compile("<a class=\"query\" href=\"([^\"]*)\">visits</a> — Who visited whom\\?").matcher(page);
        assertTrue(link.find(), page);
        assertTrue(page.contains("— Who cooperates with whom, in which domain, and how far along is it? One row per fact.</li>"), page);
        String href = link.group(1).replace("&amp;", "&");
        assertTrue(href.startsWith("/sparql-ui/#/dataset/attache/query?query="), href);
        assertEquals(queries.get("visits"), URLDecoder.decode(href.substring(href.indexOf('=') + 1), StandardCharsets.UTF_8));
    }

    @Test
    void linksStayOnTheServerOnlyForMintedIris() {
        assertEquals("/id/person/x", SITE.href(ID + "person/x"));
        assertEquals("http://www.wikidata.org/entity/Q159", SITE.href("http://www.wikidata.org/entity/Q159"));
        Site own = new Site("https://attache.example.org/id/");
        assertEquals("/id/state/russia", own.href("https://attache.example.org/id/state/russia"));
        assertEquals(ID + "state/russia", own.href(ID + "state/russia"));
        assertEquals("https://attache.example.org/id/state/russia", own.iriOf("state/russia"));
    }

    @Test
    void htmlEscapesTextAndAttributes() {
        String html = new Html().open("a", "href", "/x?a=1&b=\"2\"", "title", null).text("<b>Tom & 'Jerry'</b>").close("a").toString();
        assertEquals("<a href=\"/x?a=1&amp;b=&quot;2&quot;\">&lt;b&gt;Tom &amp; &#39;Jerry&#39;&lt;/b&gt;</a>", html);
    }
}

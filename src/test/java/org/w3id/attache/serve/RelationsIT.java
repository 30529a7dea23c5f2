package org.w3id.attache.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3id.attache.store.Store;
import org.w3id.attache.web.WebFixture;

/**
 * The relations view over the web fixture, whose merged events are (by hand, from {@code site.trig}):
 * Min Aung Hlaing's visit to Moscow (7 May 2025; Myanmar–Russia), his meeting with Putin (May 2025;
 * Myanmar–Russia) and Putin's visit to Beijing (2024; Russia–China). The negated visit to Kazan makes no event.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelationsIT {
    private static final Pattern ROW = Pattern.compile("<tr><td><a href=\"[^\"]*\">([^<]*)</a></td><td><a href=\"[^\"]*\">([^<]*)</a></td>"
            + "<td><a href=\"([^\"]*)\">(\\d+)</a></td><td>([^<]*)</td></tr>");
    private Store store;
    private SparqlServer server;

    @BeforeAll
    void start() {
        store = WebFixture.store();
        server = SparqlServer.create().dataset(store.datasetGraph()).port(0).build().start();
    }

    @AfterAll
    void stop() {
        server.stop();
        store.close();
    }

    /** The edges table of the page at {@code query}: "A – B: N (counts)". */
    private List<String> edges(String query) throws Exception {
        HttpResponse<String> page = Http.get(server.homeUrl() + "/relations" + query);
        assertEquals(200, page.statusCode(), page.body());
        List<String> out = new ArrayList<>();
        Matcher m = ROW.matcher(page.body());
        while (m.find()) {
            out.add(m.group(1) + " – " + m.group(2) + ": " + m.group(4) + " (" + m.group(5) + ")");
        }
        return out;
    }

    @Test
    void edgesCountTheEventsBetweenStates() throws Exception {
        assertEquals(List.of("Myanmar – Russia: 2 (1 visit, 1 meeting)", "China – Russia: 1 (1 visit)"), edges(""));
        String page = Http.get(server.homeUrl() + "/relations").body();
        assertEquals(2, page.split("class=\"edge\"", -1).length - 1, "two edges drawn");
        assertTrue(page.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"relations\""));
    }

    @Test
    void theWindowKindsAndLeadersChooseTheEdges() throws Exception {
        assertEquals(List.of("Myanmar – Russia: 2 (1 visit, 1 meeting)"), edges("?from=2025-01-01"));
        assertEquals(List.of("China – Russia: 1 (1 visit)"), edges("?to=2024-12-31"));
        // the meeting's dates (all May 2025) overlap a window of 31 May
        assertEquals(List.of("Myanmar – Russia: 1 (1 meeting)"), edges("?from=2025-05-31&to=2025-05-31"));
        assertEquals(List.of(), edges("?from=2026-01-01"));
        assertEquals(List.of("Myanmar – Russia: 1 (1 meeting)"), edges("?kind=meeting"));
        assertEquals(List.of(), edges("?kind=supply&kind=cooperation"));
        // people as their own nodes: each event relates a person to a state or to another person (ends in IRI order: person/ before state/)
        List<String> leaders = edges("?leaders=on");
        assertEquals(3, leaders.size(), leaders.toString());
        assertTrue(leaders.containsAll(List.of("Min Aung Hlaing – Russia: 1 (1 visit)", "Min Aung Hlaing – Vladimir Putin: 1 (1 meeting)",
                "Vladimir Putin – China: 1 (1 visit)")), leaders.toString());
    }

    @Test
    void anEdgeListsItsEventsWithTheirSentences() throws Exception {
        String page = Http.get(server.homeUrl() + "/relations").body();
        Matcher m = ROW.matcher(page);
        assertTrue(m.find());
        String href = m.group(3).replace("&amp;", "&");
        HttpResponse<String> events = Http.get(server.homeUrl() + href);
        assertEquals(200, events.statusCode(), events.body());
        String html = events.body();
        assertTrue(html.contains("<h1>Events between Myanmar and Russia</h1>"), html);
        assertEquals(2, html.split("<tr class=\"event\">", -1).length - 1, html);
        int visit = html.indexOf("<a class=\"sentence\" href=\"/id/article/a1#fact-f1\">🙂 Myanmar&#39;s junta chief Min Aung Hlaing arrived in Moscow");
        int meeting = html.indexOf("<a class=\"sentence\" href=\"/id/article/a1#fact-f2\">He met President Vladimir Putin in May, and the two"
                + " spoke of &lt;closer&gt; ties.</a> — <a href=\"/id/article/a1\">Junta chief in Moscow</a>");
        // by first day: the meeting (from 1 May) before the visit (7 May)
        assertTrue(meeting > 0 && visit > meeting, html);
        assertFalse(html.contains("Kazan"), "the negated visit is no event");
    }

    @Test
    void badParametersGet400WithTheReason() throws Exception {
        for (String path : List.of("/relations?from=yesterday", "/relations?kind=war", "/relations?from=2025-02-01&to=2025-01-01",
                "/relations/events?a=javascript:alert(1)&b=https://w3id.org/attache/id/state/russia",
                "/relations/events?b=https://w3id.org/attache/id/state/russia",
                "/relations/events?a=https://w3id.org/attache/id/state/china&b=https://w3id.org/attache/id/state/russia&offset=x")) {
            HttpResponse<String> response = Http.get(server.homeUrl() + path);
            assertEquals(400, response.statusCode(), path + ": " + response.body());
            assertTrue(response.body().startsWith("400 Bad Request: "), response.body());
            assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY, response.headers().firstValue("Content-Security-Policy").orElse(""));
        }
    }
}

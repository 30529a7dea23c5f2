package org.w3id.attache.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** How reports of one key group into events by their dates, and the date an event's reports agree on. */
class ClusteringTest {
    private static int next;

    private static Report report(EventKind kind, String date, String published) {
        Node fact = NodeFactory.createURI("https://example.org/id/fact/a" + next + "/f" + next++);
        return new Report(fact, kind, kind.label() + "|x|y", List.of(), null, date == null ? null : DateSpan.parse(date).orElseThrow(),
                NodeFactory.createURI("https://example.org/article/" + next), "outlet " + next, LocalDate.parse(published), 3);
    }

    /** The clusters as sets of fact IRIs, so that two runs compare whatever the order. */
    private static Set<Set<String>> groups(List<Report> reports) {
        return Clustering.cluster(reports).stream()
                .map(c -> c.stream().map(r -> r.fact().getURI()).collect(Collectors.toSet()))
                .collect(Collectors.toSet());
    }

    @Test
    void aDayInsideTheMonthAnotherReportGivesIsOneEvent() {
        List<Report> reports = List.of(report(EventKind.VISIT, "2025-03-04", "2025-03-05"), report(EventKind.VISIT, "2025-03", "2025-03-20"));
        assertEquals(1, Clustering.cluster(reports).size());
    }

    @Test
    void aTripReportedOverSeveralDaysIsOneVisitButTwoTripsMonthsApartAreTwo() {
        List<Report> reports = List.of(report(EventKind.VISIT, "2025-03-03", "2025-03-03"), report(EventKind.VISIT, "2025-03-06", "2025-03-06"),
                report(EventKind.VISIT, "2025-07-10", "2025-07-11"));
        List<List<Report>> events = Clustering.cluster(reports);
        assertEquals(2, events.size());
        assertEquals(2, events.get(0).size());
    }

    @Test
    void theSameTwoLeadersMeetingTwiceInAYearAreTwoMeetings() {
        List<Report> reports = List.of(report(EventKind.MEETING, "2023-03-21", "2023-03-22"), report(EventKind.MEETING, "2023-10-18", "2023-10-18"),
                report(EventKind.MEETING, "2023-10", "2023-10-30"));
        List<List<Report>> events = Clustering.cluster(reports);
        assertEquals(2, events.size());
        assertEquals(List.of(1, 2), events.stream().map(List::size).sorted().toList());
    }

    @Test
    void aReportDatedOnlyByAYearThatFitsTwoEventsBridgesNeither() {
        List<Report> reports = List.of(report(EventKind.MEETING, "2023-03-21", "2023-03-22"), report(EventKind.MEETING, "2023-10-18", "2023-10-18"),
                report(EventKind.MEETING, "2023", "2023-12-01"));
        assertEquals(3, Clustering.cluster(reports).size());
    }

    @Test
    void anUndatedReportJoinsTheOneEventOfTheMonthBeforeItsArticle() {
        List<Report> reports = List.of(report(EventKind.SUPPLY, "2023-03-27", "2023-03-28"), report(EventKind.SUPPLY, null, "2023-04-02"),
                report(EventKind.SUPPLY, null, "2024-01-15"));
        List<List<Report>> events = Clustering.cluster(reports);
        assertEquals(2, events.size());
        assertEquals(2, events.get(0).size());
    }

    @Test
    void theGroupingDependsOnTheReportsNotOnTheOrderTheyCame() {
        List<Report> reports = new ArrayList<>();
        String[] dates = {"2024-07-08", "2024-07-09", "2024-07", "2024-10-22", "2024-10", "2024", null, "2024-07-10", "2024-10-23"};
        for (String d : dates) {
            reports.add(report(EventKind.MEETING, d, d == null ? "2024-10-25" : "2024-11-01"));
        }
        Set<Set<String>> expected = groups(reports);
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(reports, random);
            assertEquals(expected, groups(reports));
        }
    }

    @Test
    void reportsThatAgreeGiveTheMostPreciseDateAndNoConflict() {
        AgreedDate d = AgreedDate.of(List.of(report(EventKind.VISIT, "2025-03", "2025-03-09"), report(EventKind.VISIT, "2025-03-04", "2025-03-05"),
                report(EventKind.VISIT, null, "2025-03-05")));
        assertEquals("2025-03-04", d.date().lexical());
        assertFalse(d.conflict());
    }

    @Test
    void reportsThatDisagreeKeepWhatTheyShareAndAreFlaggedWithEveryDate() {
        AgreedDate d = AgreedDate.of(List.of(report(EventKind.MEETING, "2025-03-04", "2025-03-05"), report(EventKind.MEETING, "2025-03-05", "2025-03-06")));
        assertEquals("2025-03", d.date().lexical());
        assertTrue(d.conflict());
        assertEquals(List.of("2025-03-04", "2025-03-05"), d.reported());
    }

    @Test
    void aDateSpansTheDaysItsPrecisionAllows() {
        assertEquals("2024-02-01 2024-02-29", span("2024-02"));
        assertEquals("2023-01-01 2023-12-31", span("2023"));
        assertEquals("2025-03-04 2025-03-04", span("2025-03-04"));
        assertTrue(DateSpan.parse("March 2025").isEmpty());
        assertTrue(DateSpan.parse("2025-02-30").isEmpty());
    }

    private static String span(String lexical) {
        DateSpan d = DateSpan.parse(lexical).orElseThrow();
        return d.first() + " " + d.last();
    }

    @Test
    void occasionNamesSetAsideCaseArticlesAndOrdinals() {
        assertEquals(Reports.occasionName("G20 summit"), Reports.occasionName("the 18th G20 Summit"));
        assertEquals(Reports.occasionName("BRICS summit"), Reports.occasionName("The Sixteenth BRICS summit".replace("Sixteenth", "annual")));
        assertFalse(Reports.occasionName("BRICS summit").equals(Reports.occasionName("G20 summit")));
    }
}

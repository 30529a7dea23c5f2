package org.w3id.attache.events;

import java.time.LocalDate;
import java.util.List;
import org.apache.jena.graph.Node;

/**
 * One article's fact that tells of an event: what identifies the event, who takes part, where
 * and when the article says it happened, and the article's date and outlet.
 *
 * @param fact the fact node in its article's graph
 * @param kind what kind of event it tells of
 * @param key the event's identity apart from its date: kind, the key roles' entities (their
 *     Wikidata ids where linked), the state visited, the domain, the occasion
 * @param actors every entity taking part, key roles first
 * @param setting the place visited, or the occasion attended; null for other kinds
 * @param date the date the article gives; null when it gives none
 * @param article the article node
 * @param outlet the article's outlet, or its url when it names none
 * @param published the article's publication date
 * @param certainty 3 certain, 2 probable, 1 possible
 */
record Report(Node fact, EventKind kind, String key, List<Node> actors, Node setting, DateSpan date,
        Node article, String outlet, LocalDate published, int certainty) {

    /** Days a report that gives no date may be about: the month before its article, and the day after. */
    static final int UNDATED_WINDOW_DAYS = 30;

    /** The first day it may be about: its date's, else a month before publication. */
    LocalDate first() {
        return date != null ? date.first() : published.minusDays(UNDATED_WINDOW_DAYS);
    }

    /** The last day it may be about: its date's, else the day after publication. */
    LocalDate last() {
        return date != null ? date.last() : published.plusDays(1);
    }

    /** 0 day, 1 month, 2 year, 3 undated: the order in which reports are clustered. */
    int coarseness() {
        return date == null ? 3 : date.coarseness();
    }
}

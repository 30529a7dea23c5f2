package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.attache.nlp.TimeMention;

/** "Last week" and "next week" date a fact in the month of that week; "its fourth week" is no date of the calendar. Sentences are our own. */
class NamedWeeksTest {

    private static List<String> visitDates(String text) {
        return OwnSentences.facts(text, FactType.VISIT).stream().map(Fact::date).toList();
    }

    @Test
    void lastWeek() {
        assertEquals(List.of("2024-05"), visitDates("Xi Jinping travelled to Moscow last week."));
    }

    @Test
    void aWeekIsTheMonthOfItsThursday() {
        // ISO week 1 of 2025 runs from Monday 30 December 2024; its Thursday is 2 January 2025
        assertEquals("2025-01", TimeMention.weekMonth("2025-W01"));
        assertEquals("2024-06", TimeMention.weekMonth("2024-W26"));
        assertEquals("2024-07", TimeMention.weekMonth("2024-W27-WE"));
        assertEquals(null, TimeMention.weekMonth("2024-05-10"));
    }
}

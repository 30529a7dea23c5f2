package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What one side asks of another has not happened, nor has the other planned it; what is done with
 * a light verb ("hold talks") is as certain, and as future, as the verb. Sentences are our own.
 */
class RequestsTest {
    private static final String WHO = "Mexican President Claudia Sheinbaum met Canadian Prime Minister Mark Carney in Mexico City on Monday. ";

    @Test
    void askedToMeetIsNoMeeting() {
        List<Fact> meetings = OwnSentences.scored(WHO + "Sheinbaum asked Carney to meet with Guatemalan President Bernardo Arevalo.", FactType.MEETING);
        assertEquals(List.of(), meetings.stream().filter(f -> f.sentence() == 1).toList());
    }

    @Test
    void urgedToVisitIsNoVisit() {
        assertEquals(List.of(), OwnSentences.scored(WHO + "Sheinbaum urged Guatemalan President Bernardo Arevalo to visit Ottawa.", FactType.VISIT)
                .stream().filter(f -> f.sentence() == 1).toList());
    }

    @Test
    void talksOneIsInvitedToHoldNextMonthLieAhead() {
        List<Fact> meetings = OwnSentences.scored(WHO + "Carney invited Sheinbaum to hold talks with Guatemalan President Bernardo Arevalo "
                + "in Ottawa next month.", FactType.MEETING).stream().filter(f -> f.sentence() == 1).toList();
        assertEquals(1, meetings.size());
        assertTrue(meetings.get(0).future());
        assertEquals("2024-06", meetings.get(0).date());
    }
}

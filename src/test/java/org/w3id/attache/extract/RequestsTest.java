package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void invitedToHoldTalksIsNoMeeting() {
        assertEquals(List.of(), OwnSentences.scored(WHO + "Carney invited Sheinbaum to hold talks with Guatemalan President Bernardo Arevalo "
                + "in Ottawa next month.", FactType.MEETING).stream().filter(f -> f.sentence() == 1).toList());
    }

    @Test
    void theAfternoonIsTheStorysDay() {
        List<Fact> meetings = OwnSentences.scored("Peruvian President Dina Boluarte arrived in Santiago on Monday. "
                + "She met Chilean President Gabriel Boric in the afternoon.", FactType.MEETING);
        assertEquals(List.of("2024-05-06"), meetings.stream().map(Fact::date).distinct().toList());
    }
}

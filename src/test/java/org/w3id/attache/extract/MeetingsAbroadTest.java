package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A meeting or a gathering placed in a city of another state makes a visit of the participant who travelled. Sentences are our own. */
class MeetingsAbroadTest {
    private static List<String> visits(String text) {
        return OwnSentences.facts(text, FactType.VISIT).stream()
                .map(f -> f.role("visitor").label() + " -> " + f.role("destination").label() + " " + f.date() + " " + f.ruleId()).toList();
    }

    @Test
    void theLeaderFromAnotherStateVisitedTheCity() {
        assertEquals(List.of("William Ruto -> Paris 2024-05-06 visit.met-abroad"),
                visits("Kenyan President William Ruto met French President Emmanuel Macron in Paris on Monday."));
    }

    @Test
    void aGatheringAttendedAbroadIsAVisitToo() {
        assertEquals(List.of("William Ruto -> Paris 2024-05-06 visit.attended-abroad"),
                visits("Kenyan President William Ruto attended the Africa-France summit in Paris on Monday."));
        assertEquals(List.of(), visits("French President Emmanuel Macron attended the Africa-France summit in Paris on Monday."));
    }

    @Test
    void aMeetingAtHomeIsNoVisit() {
        assertEquals(List.of(), visits("French President Emmanuel Macron met French Prime Minister Gabriel Attal in Paris on Monday."));
    }

    @Test
    void twoCitiesLeaveThePlaceInDoubt() {
        assertEquals(List.of(), visits("Kenyan President William Ruto met French President Emmanuel Macron in Paris before he left for Berlin."));
    }

    @Test
    void aPlaceOfAnotherClauseLeavesThePlaceInDoubt() {
        assertEquals(List.of(), visits("Benjamin Netanyahu met with the families of hostages in Jerusalem, while US Secretary of State Antony Blinken "
                + "met Palestinian President Mahmoud Abbas in Ramallah."));
    }

    @Test
    void aCityThatOnlyQualifiesAPostIsNoPlaceOfMeeting() {
        assertEquals(List.of(), visits("Kenyan President William Ruto met the French ambassador to Nairobi, Jean Dupont, on Monday."));
    }

    @Test
    void aVisitTheTextStatesIsNotToldTwice() {
        assertEquals(1, visits("Kenyan President William Ruto arrived in France on Sunday. "
                + "Ruto met French President Emmanuel Macron in Paris on Monday.").size());
    }

    @Test
    void aNegatedMeetingMakesNoVisit() {
        assertEquals(List.of(), visits("Kenyan President William Ruto did not meet French President Emmanuel Macron in Paris on Monday."));
    }

    @Test
    void aMeetingAtASeatOfPowerIsInItsCity() {
        assertEquals(List.of("William Ruto -> Moscow 2024-05-06 visit.met-abroad"),
                visits("Kenyan President William Ruto met Russian President Vladimir Putin at the Kremlin on Monday."));
    }
}

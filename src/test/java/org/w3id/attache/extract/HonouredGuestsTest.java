package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The guest of honour at an event, and the people an event brought together, attended it. Sentences are our own. */
class HonouredGuestsTest {
    private static List<String> attendees(String text) {
        return OwnSentences.attendances(OwnSentences.scored(text, FactType.ATTENDANCE)).stream().distinct().sorted().toList();
    }

    @Test
    void theGuestOfHonourAttended() {
        assertEquals(List.of("William Ruto @ independence day parade"),
                attendees("Kenyan President William Ruto was the guest of honour at the independence day parade in Accra."));
    }

    @Test
    void thoseASummitBroughtTogetherAttendedIt() {
        assertEquals(List.of("John Mahama @ summit", "William Ruto @ summit"),
                attendees("The summit brought together Kenyan President William Ruto and Ghanaian President John Mahama."));
    }

    @Test
    void unnamedMinistersAreNoAttendees() {
        assertEquals(List.of(), attendees("The forum brought together ministers from 20 countries."));
    }
}

package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where a visitor went, and whether it was abroad: a place placed in a state by a comma, whose
 * soldiers someone visited, a direction, and a month that is no modal. Sentences are our own.
 */
class TravelsAbroadTest {
    private static List<String> visits(String text) {
        return OwnSentences.visits(OwnSentences.scored(text, FactType.VISIT));
    }

    @Test
    void aPlaceFollowedByItsStateLiesInIt() {
        assertEquals(List.of("Luis Arce -> Tacna"), visits("Chilean President Gabriel Boric and his Bolivian counterpart Luis Arce arrived in Tacna, Chile on Monday for talks."));
    }

    @Test
    void theSameUnlistedPlaceLaterIsStillInThatState() {
        assertEquals(List.of("Luis Arce -> Tacna"), visits("Chilean President Gabriel Boric and his Bolivian counterpart Luis Arce arrived in Tacna, Chile on Monday. "
                + "Boric stayed in Tacna for two days."));
    }

    @Test
    void whoseTroopsOneVisitsIsNoDestination() {
        assertEquals(List.of("Kofi Mensah -> Mali"), visits("President Kofi Mensah visited Ghanaian peacekeepers in Mali last week."));
    }

    @Test
    void aDemonymOnTheVisitItselfIsItsDestination() {
        assertEquals(List.of("Kofi Mensah -> Mali"), visits("President Kofi Mensah began his second Malian visit this year on Monday."));
    }

    @Test
    void theNorthInLowerCaseIsADirection() {
        assertEquals(List.of(), visits("President Kofi Mensah praised Kenya on Sunday and then flew to the north on Monday."));
    }

    @Test
    void theMonthMayIsNoModal() {
        List<Fact> meetings = OwnSentences.scored("President Kofi Mensah went to Kenya in May, where he met President William Ruto.", FactType.MEETING);
        assertEquals(List.of("[Kofi Mensah, William Ruto]"), OwnSentences.actors(meetings));
        assertEquals("", meetings.get(0).hedge());
    }
}

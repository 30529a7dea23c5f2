package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where a visitor went, and whether it was abroad: a place placed in a state by a comma, whose
 * soldiers someone visited, a direction, and a month that is no modal. Sentences are our own.
 */
class TravelsAbroadTest {
    @Test
    void aPlaceFollowedByItsStateLiesInIt() {
        assertEquals(List.of("Luis Arce -> Tacna"), OwnSentences.visits(OwnSentences.scored(
                "Chilean President Gabriel Boric and his Bolivian counterpart Luis Arce arrived in Tacna, Chile on Monday for talks.", FactType.VISIT)));
    }

    @Test
    void theSameUnlistedPlaceLaterIsStillInThatState() {
        assertEquals(List.of("Luis Arce -> Tacna"), OwnSentences.visits(OwnSentences.scored(
                "Chilean President Gabriel Boric and his Bolivian counterpart Luis Arce arrived in Tacna, Chile on Monday. "
                        + "Boric stayed in Tacna for two days.", FactType.VISIT)));
    }

    @Test
    void whoseTroopsOneVisitsIsNoDestination() {
        assertEquals(List.of("Kofi Mensah -> Mali"), OwnSentences.visits(OwnSentences.scored(
                "President Kofi Mensah visited Ghanaian peacekeepers in Mali last week.", FactType.VISIT)));
    }

    @Test
    void aDemonymOnTheVisitItselfIsItsDestination() {
        assertEquals(List.of("Kofi Mensah -> Mali"), OwnSentences.visits(OwnSentences.scored(
                "President Kofi Mensah is in Bamako on his second Malian visit this year.", FactType.VISIT)).stream().distinct().toList());
    }

    @Test
    void theNorthInLowerCaseIsADirection() {
        assertEquals(List.of(), OwnSentences.visits(OwnSentences.scored(
                "President Kofi Mensah praised Kenya on Sunday and then flew to the north on Monday.", FactType.VISIT)));
    }

    @Test
    void theMonthMayIsNoModal() {
        List<Fact> meetings = OwnSentences.scored("President Kofi Mensah went to Kenya in May, where he met President William Ruto.", FactType.MEETING);
        assertEquals(List.of("[Kofi Mensah, William Ruto]"), OwnSentences.actors(meetings));
        assertEquals("", meetings.get(0).hedge());
    }
}

package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which words tell of a delegation: a delegation includes its members, a leader is flanked by them or arrives alongside them; talks and joiners do not. Sentences are our own. */
class DelegationTriggersTest {
    private static final String ARRIVAL = "Indonesian President Joko Widodo arrived in Canberra on Sunday for a state visit. ";

    private static List<String> delegations(String text) {
        return OwnSentences.leadersAndMembers(OwnSentences.scored(text, FactType.DELEGATION));
    }

    @Test
    void theDelegationIncludesItsMembers() {
        assertEquals(List.of("Joko Widodo + Retno Marsudi"),
                delegations(ARRIVAL + "His delegation included Foreign Minister Retno Marsudi."));
    }

    @Test
    void talksIncludeParticipantsNotCompanions() {
        assertEquals(List.of(), delegations(ARRIVAL + "The talks included Defence Minister Richard Marles."));
    }

    @Test
    void oneWhoJoinsTheGuestAtAPlaceIsNoCompanion() {
        assertEquals(List.of(), delegations(ARRIVAL + "Trade Minister Don Farrell joined Widodo at the harbour."));
    }

    @Test
    void theHostStatesDelegationIsNotTheGuests() {
        String arrival = "Japanese Prime Minister Fumio Kishida arrived in Manila on Friday for a state visit. ";
        assertEquals(List.of(), delegations(arrival + "The Philippine delegation included Trade Secretary Alfredo Pascual."));
        assertEquals(List.of("Fumio Kishida + Yoko Kamikawa"), delegations(arrival + "The Japanese delegation included Foreign Minister Yoko Kamikawa."));
    }

    @Test
    void flankedByAndArrivingAlongside() {
        assertEquals(List.of("Joko Widodo + Retno Marsudi", "Joko Widodo + Prabowo Subianto"),
                delegations(ARRIVAL + "Widodo was flanked by Foreign Minister Retno Marsudi and Defence Minister Prabowo Subianto."));
        assertEquals(List.of("Joko Widodo + Iriana Widodo"),
                delegations("Indonesian President Joko Widodo arrived in Canberra alongside his wife Iriana Widodo on Sunday."));
    }
}

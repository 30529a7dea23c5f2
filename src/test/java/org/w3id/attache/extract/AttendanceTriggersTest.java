package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ways of being at an event that the attendance lexicon names (gather for, join someone for,
 * welcome to), a relative clause said of its own noun, and the event a later sentence's guests
 * attended. Sentences are our own.
 */
class AttendanceTriggersTest {
    private static List<String> attendees(String text) {
        return OwnSentences.attendances(OwnSentences.scored(text, FactType.ATTENDANCE)).stream().distinct().sorted().toList();
    }

    @Test
    void leadersGatheredForAnEventAttendIt() {
        assertEquals(List.of("Joko Widodo @ funeral", "Luiz Inácio Lula da Silva @ funeral"),
                attendees("Indonesian President Joko Widodo and Brazilian President Luiz Inacio Lula da Silva gathered in Rome "
                        + "for the funeral on Saturday."));
    }

    @Test
    void bothWhoJoinEachOtherForAnEventAttendIt() {
        assertEquals(List.of("Boris Pistorius @ ceremony", "Wladyslaw Kosiniak-Kamysz @ ceremony"),
                attendees("German Defence Minister Boris Pistorius joined his Polish counterpart Wladyslaw Kosiniak-Kamysz "
                        + "for a ceremony at the Rheinmetall plant in Unterluss."));
    }

    @Test
    void theHostWhoWelcomesGuestsToAnEventAttendsIt() {
        assertEquals(List.of("Hun Manet @ 44th ASEAN Summit"),
                attendees("Cambodian Prime Minister Hun Manet welcomed the leaders to the 44th ASEAN Summit in Siem Reap."));
    }

    @Test
    void whoMeetsThoseGatheredForAnEventIsNotSaidToAttendIt() {
        assertEquals(List.of(),
                attendees("On Friday, Lloyd Austin and Ng Eng Hen co-chaired an informal meeting with defence ministers "
                        + "who have gathered in town for the conference."));
    }

    @Test
    void guestsOfAnEventNoAttendanceNamedAttendTheEventLastTold() {
        assertEquals(List.of("Hun Manet @ military parade", "Thongloun Sisoulith @ military parade"),
                attendees("More than 20 foreign leaders attended a military parade in Hanoi on Tuesday. "
                        + "Notable guests included Laotian President Thongloun Sisoulith and Cambodian Prime Minister Hun Manet."));
    }
}

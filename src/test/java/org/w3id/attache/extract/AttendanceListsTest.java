package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Everyone a list names attends, however the parser reads the list ({@link ListedNames}). Sentences are our own. */
class AttendanceListsTest {
    private static List<String> attendees(String text) {
        return OwnSentences.attendances(OwnSentences.facts(text, FactType.ATTENDANCE)).stream().sorted().toList();
    }

    @Test
    void aListTheParserMakesCompoundsOfItsLastNameAttendsWhole() {
        // the parser gives "attended" the last name only, and makes the others its compounds
        assertEquals(List.of("Alexandre Ziegler @ ceremony", "Harjit Arora @ ceremony", "Karambir Singh @ ceremony", "Rajnath Singh @ ceremony"),
                attendees("Defence Minister Rajnath Singh, navy chief and admiral Karambir Singh, Air Staff, air marshal Harjit Arora "
                        + "and the French Ambassador to Delhi Alexandre Ziegler attended the ceremony."));
    }

    @Test
    void aListTheParserReadsAsAppositionsAttendsWhole() {
        assertEquals(List.of("Lambert Grijns @ parade", "Andika Perkasa @ parade", "Joko Widodo @ parade", "Retno Marsudi @ parade", "Yudo Margono @ parade")
                .stream().sorted().toList(),
                attendees("President Joko Widodo, Foreign Minister Retno Marsudi, army chief and general Andika Perkasa, Navy Staff, "
                        + "admiral Yudo Margono and the Dutch Ambassador to Jakarta Lambert Grijns attended the parade."));
    }

    @Test
    void aNameInAPhraseBeforeTheListIsNoAttendee() {
        assertEquals(List.of("Narendra Modi @ summit"),
                attendees("After a long call with Vladimir Putin, Prime Minister Narendra Modi attended the summit."));
    }

    @Test
    void aNameInAnEarlierClauseIsNoAttendee() {
        assertEquals(List.of("Narendra Modi @ summit"), attendees("Xi Jinping thanked Vladimir Putin, and Narendra Modi attended the summit."));
    }

    @Test
    void theGuestsAtAnEventAttendedIt() {
        assertEquals(List.of("Frank Bainimarama @ forum", "Jacinda Ardern @ forum", "Scott Morrison @ forum"),
                attendees("Leaders at the forum were New Zealand Prime Minister Jacinda Ardern, Australia's Prime Minister Scott Morrison, "
                        + "and Fiji's Prime Minister Frank Bainimarama."));
    }

    @Test
    void guestsWithoutTheirEventAttendedTheOneToldOfLast() {
        assertEquals(List.of("Jacinda Ardern @ summit", "Justin Trudeau @ summit", "Moon Jae-in @ summit"),
                attendees("Jacinda Ardern hosted the summit on Monday. Notable guests included Justin Trudeau and Moon Jae-in."));
    }

    @Test
    void anEventThatSawSomeonesPresenceWasAttended() {
        assertEquals(List.of("Droupadi Murmu @ inauguration", "Joko Widodo @ inauguration", "Shinzo Abe @ inauguration"),
                attendees("The inauguration saw the presence of Indonesian President Joko Widodo, Japanese Prime Minister Shinzo Abe "
                        + "and Indian President Droupadi Murmu."));
    }
}

package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Attendance told without "attend": someone who did something at a named gathering, was met or
 * hosted there, was there for it, present at it or among its leaders, co-chaired it, was there; so
 * were the people a group that attended or gathered for it includes, those who came with an attendee, who led it (said in the
 * passive) and in whose presence it was held. The event's name leaves out how long it ran and keeps what it is of.
 * Sentences are our own.
 */
class GatheringAttendanceTest {

    private static List<String> attended(String text) {
        return OwnSentences.attendances(OwnSentences.scored(text, FactType.ATTENDANCE)).stream().distinct().toList();
    }

    @Test
    void whoeverSpokeUpAtANamedSummitWasThere() {
        assertEquals(List.of("Olaf Scholz @ G20 summit"),
                attended("German Chancellor Olaf Scholz criticised protectionism at the G20 summit in Osaka last year."));
    }

    @Test
    void aPressConferenceIsNoGatheringOfLeaders() {
        assertEquals(List.of(), attended("Olaf Scholz criticised protectionism at a press conference in Berlin on Monday."));
    }

    @Test
    void inACityForTheSummit() {
        assertEquals(List.of("Narendra Modi @ BRICS summit"),
                attended("Indian Prime Minister Narendra Modi was in Johannesburg for the BRICS summit last week."));
    }

    @Test
    void amongTheLeadersAtTheSummit() {
        assertEquals(List.of("William Ruto @ Africa Climate Summit"),
                attended("Kenyan President William Ruto was among the leaders at the Africa Climate Summit in Nairobi."));
    }

    @Test
    void theCityOfAForumIsNoEvent() {
        assertEquals(List.of("Li Qiang @ World Economic Forum"),
                attended("Chinese Premier Li Qiang took part in the World Economic Forum in Davos in January."));
    }

    @Test
    void howLongTheSummitRanIsNoPartOfItsName() {
        assertEquals(List.of("Anthony Albanese @ ASEAN-Australia summit"),
                attended("Australian Prime Minister Anthony Albanese attended the three-day ASEAN-Australia summit in Melbourne."));
    }

    @Test
    void theGuestsAHostReceivedAtASummitWereThere() {
        assertEquals(List.of("Vladimir Putin @ BRICS summit", "Xi Jinping @ BRICS summit", "Narendra Modi @ BRICS summit"),
                attended("Russian President Vladimir Putin hosted Xi Jinping and Narendra Modi at the BRICS summit in Kazan."));
    }

    @Test
    void theLeadersAnAttendingGroupIncludes() {
        assertEquals(List.of("Xi Jinping @ summit", "Narendra Modi @ summit"),
                attended("The summit in Kazan was attended by leaders including Chinese President Xi Jinping and Indian Prime Minister Narendra Modi."));
    }

    @Test
    void presentAtTheCeremony() {
        assertEquals(List.of("Wang Yi @ signing ceremony", "Wang Wentao @ signing ceremony"),
                attended("Also present at the signing ceremony were Foreign Minister Wang Yi and Commerce Minister Wang Wentao."));
    }

    @Test
    void attendingAMeetingIsNoMeetingOfEachWithTheOthers() {
        String text = "Foreign ministers Sergei Lavrov, Wang Yi and Mauro Vieira attended the BRICS meeting in Nizhny Novgorod.";
        assertEquals(List.of("Sergei Lavrov @ BRICS meeting", "Wang Yi @ BRICS meeting", "Mauro Vieira @ BRICS meeting"), attended(text));
        assertEquals(List.of(), OwnSentences.scored(text, FactType.MEETING));
    }

    @Test
    void theLeadersAGatheringGroupIncludedWereThere() {
        assertEquals(List.of("William Ruto @ African Union summit", "Nana Akufo-Addo @ African Union summit"),
                attended("Leaders including Kenyan President William Ruto and Ghanaian President Nana Akufo-Addo gathered in Addis Ababa "
                        + "for the African Union summit."));
    }

    @Test
    void theCoChairsOfAForumWereThere() {
        assertEquals(List.of("William Ruto @ business forum", "Nana Akufo-Addo @ business forum"),
                attended("Kenyan President William Ruto and Ghanaian President Nana Akufo-Addo co-chaired the business forum in Nairobi."));
    }

    @Test
    void twoWhoMetDuringTheGamesWereAtThem() {
        assertEquals(List.of("William Ruto @ African Games", "Nana Akufo-Addo @ African Games"),
                attended("Kenyan President William Ruto met his Ghanaian counterpart Nana Akufo-Addo during the African Games in Accra."));
    }

    @Test
    void whoeverCameAlongWithAnAttendeeWasThere() {
        assertEquals(List.of("William Ruto @ signing ceremony", "Nana Akufo-Addo @ signing ceremony"),
                attended("Kenyan President William Ruto attended the signing ceremony along with Ghanaian President Nana Akufo-Addo."));
        assertEquals(List.of("William Ruto @ inauguration ceremony", "Nana Akufo-Addo @ inauguration ceremony"),
                attended("Kenyan President William Ruto arrived at the inauguration ceremony with Ghanaian President Nana Akufo-Addo."));
    }

    @Test
    void aCompanionNamedAfterHisPostWasThereToo() {
        assertEquals(List.of("William Ruto @ inauguration ceremony", "Musalia Mudavadi @ inauguration ceremony"),
                attended("Kenyan President William Ruto arrived at the inauguration ceremony with Kenya's envoy to Ghana, Musalia Mudavadi."));
    }

    @Test
    void whoeverTheGatheringWasLedByInThePassiveWasThere() {
        assertEquals(List.of("Joko Widodo @ ceremony"),
                attended("The ceremony, presided over by Indonesian President Joko Widodo, was held in Jakarta on Monday."));
    }

    @Test
    void heldInThePresenceOfTheLeaders() {
        assertEquals(List.of("William Ruto @ summit", "Nana Akufo-Addo @ summit"),
                attended("The summit was held in the presence of Kenyan President William Ruto and Ghanaian President Nana Akufo-Addo."));
    }

    @Test
    void anEventIsNamedWithWhatItIsOf() {
        assertEquals(List.of("William Ruto @ launch ceremony of the first Kenyan patrol ship"),
                attended("Kenyan President William Ruto attended the launch ceremony of the first Kenyan patrol ship in Mombasa."));
        assertEquals(List.of("William Ruto @ opening session of the East African Legislative Assembly"),
                attended("Kenyan President William Ruto addressed the opening session of the East African Legislative Assembly, which met in Arusha."));
    }

    @Test
    void heAfterARelativeClauseIsWhoTheSentenceIsAbout() {
        assertEquals(List.of("William Ruto @ Nairobi summit", "Nana Akufo-Addo @ Nairobi summit", "William Ruto @ forum of Kenyan investors"),
                attended("Kenyan President William Ruto attended the Nairobi summit, which Ghanaian President Nana Akufo-Addo chaired; "
                        + "he also joined a forum of Kenyan investors."));
    }

    @Test
    void leadersWhoMetAtAChampionshipAttendedIt() {
        assertEquals(List.of("Viktor Orbán @ World Judo Championship", "Khaltmaagiin Battulga @ World Judo Championship"),
                attended("Hungarian Prime Minister Viktor Orban met Mongolian President Khaltmaagiin Battulga during the World Judo Championship in Budapest on Monday."));
    }

    @Test
    void theHostAndTheGuestsOfADinnerAttendIt() {
        assertEquals(List.of("John Mahama @ private dinner", "William Ruto @ private dinner", "Yoweri Museveni @ private dinner"),
                attended("President John Mahama on Thursday hosted the Kenyan President, William Ruto, and his Ugandan counterpart, "
                        + "Yoweri Museveni, to a private dinner at the Jubilee House, Accra."));
    }

    @Test
    void guestsHostedForTalksAttendNoEvent() {
        assertEquals(List.of(), attended("President John Mahama hosted Kenyan President William Ruto for talks on Thursday."));
    }
}

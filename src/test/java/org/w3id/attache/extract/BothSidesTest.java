package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "They", "the two leaders", "the parties" and "the two countries" who agree on cooperation are the sides the
 * story told of (its latest cooperation, meeting or visit), not the states named last. Sentences
 * are our own.
 */
class BothSidesTest {
    private static final String STORY = "Malaysian Prime Minister Anwar Ibrahim arrived in Hanoi on Thursday. "
            + "The two sides signed agreements on digital trade. "
            + "The visit comes weeks after Vietnam upgraded relations with Australia. ";

    private static List<String> agreed(String text) {
        return OwnSentences.scored(text, FactType.COOPERATION).stream().filter(f -> f.value("status").equals("agreed"))
                .map(f -> f.role("party").label() + " + " + f.role("counterparty").label()).toList();
    }

    @Test
    void theyAreTheSidesOfTheStory() {
        assertEquals(List.of("Malaysia + Vietnam"), agreed(STORY + "They also agreed to boost cooperation in education and tourism."));
    }

    @Test
    void theTwoLeadersAreTheSidesOfTheStory() {
        assertEquals(List.of("Malaysia + Vietnam"), agreed(STORY + "The two leaders also agreed to boost cooperation in education and tourism."));
    }

    @Test
    void theyAfterAMeetingAreTheStatesOfItsSides() {
        assertEquals(List.of("Malaysia + Vietnam"), agreed("Malaysian Prime Minister Anwar Ibrahim met Vietnamese Prime Minister Pham Minh Chinh in Hanoi on Thursday. "
                + "The visit comes weeks after Vietnam upgraded relations with Australia. They agreed to boost cooperation in education and tourism."));
    }

    @Test
    void theTwoCountriesAfterAVisitAreTheVisitorsAndTheHosts() {
        assertEquals(List.of("Kenya + Ghana"), OwnSentences.facts("Kenyan President William Ruto arrived in Accra on Monday, a week after Nigeria hosted him. "
                + "The two countries signed an agreement on energy.", FactType.COOPERATION).stream()
                .map(f -> f.role("party").label() + " + " + f.role("counterparty").label()).toList());
    }

    @Test
    void aDealBetweenTheTwoCountriesIsBetweenTheSidesOfTheStory() {
        assertEquals(List.of("Kenya + Ghana"), OwnSentences.facts("Kenyan President William Ruto arrived in Accra on Monday, a week after Nigeria hosted him. "
                + "A bilateral defence deal was signed in March.", FactType.COOPERATION).stream()
                .map(f -> f.role("party").label() + " + " + f.role("counterparty").label()).toList());
    }

    @Test
    void thePartiesAfterTalksAreTheStatesOfTheirSides() {
        assertEquals(List.of("Uzbekistan + China"), OwnSentences.scored("Uzbek President Shavkat Mirziyoyev held talks with Chinese President Xi Jinping in Samarkand on Thursday. "
                + "The leaders stressed the need for peace in Afghanistan. "
                + "At the meeting, the parties signed agreements on trade and investment.", FactType.COOPERATION).stream()
                .filter(f -> f.value("status").equals("signed")).map(f -> f.role("party").label() + " + " + f.role("counterparty").label()).distinct().toList());
    }
}

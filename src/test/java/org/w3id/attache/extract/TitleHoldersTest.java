package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whose title a title is: the name right after it, even when another name follows that one;
 * in a list, not the name before it; in the plural, each name after it up to the next title. The
 * state after the name is the post's; a post held when something was done years before is not
 * told as current. A pronoun after a title and a comma is no holder. A clause in the singular after
 * a list of names tells of the last name alone. Sentences are our own.
 */
class TitleHoldersTest {

    private static List<String> posts(String text) {
        return OwnSentences.facts(text, FactType.POSITION).stream()
                .map(f -> f.role("holder").label() + " " + f.values().get("title")).toList();
    }

    @Test
    void aNameAfterTheHoldersIsNotBetweenTitleAndHolder() {
        assertEquals(List.of("William Ruto President"),
                posts("Mudavadi delivered a letter from Kenyan President William Ruto to Mahama."));
    }

    @Test
    void inAListTheTitleIsTheNextNames() {
        assertEquals(List.of("Musalia Mudavadi special envoy"),
                posts("The delegation included Mahama, special envoy Musalia Mudavadi and several officials."));
    }

    private static List<String> postsOf(String text) {
        return OwnSentences.facts(text, FactType.POSITION).stream().map(f -> f.role("holder").label() + " " + f.values().get("title") + " "
                + (f.role("organisation") == null ? "-" : f.role("organisation").label())).distinct().sorted().toList();
    }

    @Test
    void aTitleInThePluralIsEachNamesUpToTheNextTitle() {
        assertEquals(List.of("Korir Sing'oei Foreign Minister -", "Musalia Mudavadi Deputy Prime Minister -", "Samuel Ablakwa Deputy Prime Minister -"),
                postsOf("He travelled with Deputy Prime Ministers Musalia Mudavadi and Samuel Ablakwa, Foreign Minister Korir Sing'oei and "
                        + "several officials."));
    }

    @Test
    void theStateAfterTheHoldersNameIsThePosts() {
        assertEquals(List.of("John Mahama President Ghana", "William Ruto President Kenya"),
                postsOf("Presidents William Ruto of Kenya and John Mahama of Ghana announced the deals."));
    }

    @Test
    void aPostHeldWhenSomethingWasDoneYearsBeforeIsNotToldAsCurrent() {
        assertEquals(List.of("Keir Starmer prime minister United Kingdom"), postsOf("Keir Starmer made his first visit to Nairobi as British prime minister."));
        assertEquals(List.of(), postsOf("Keir Starmer visited Nairobi in 2015 as British opposition leader."));
    }

    @Test
    void aPronounAfterTheCommaHoldsNoTitle() {
        assertEquals(List.of(), posts("Speaking on Monday, Ruto said that during his meeting with the Ghanaian president, he had raised trade."));
    }

    @Test
    void thePostAfterAnOpeningParticipleIsTheSubjects() {
        assertEquals(List.of(), posts("Accompanied by First Lady Margaret Kenyatta, the head of state was welcomed by Ghana's vice president."));
    }

    @Test
    void aClauseInTheSingularAfterAListGivesItsPostToTheLastNameAlone() {
        assertEquals(List.of("Mario Diaz chief", "Mario Diaz head", "Pedro Soto Health Minister", "Tomas Vega Trade Minister"),
                posts("The minister travelled with several aides, among them Trade Minister Tomas Vega, Health Minister Pedro Soto, and Colonel "
                        + "Mario Diaz, who serves as chief of protocol and head of the palace guard.").stream().distinct().sorted().toList());
    }
}

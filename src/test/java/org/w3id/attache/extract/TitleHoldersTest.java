package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whose title a title is: the name right after it, even when another name follows that one;
 * in a list, not the name before it. Sentences are our own.
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
}

package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who receives goods when the supply's own words name no recipient. Sentences are our own. */
class OpenRecipientsTest {
    private static List<String> supplies(String text) {
        return OwnSentences.supplies(OwnSentences.facts(text, FactType.SUPPLY));
    }

    @Test
    void goodsOrderedFromAStateGoToTheStateThatReceivedThem() {
        assertEquals(List.of("United Kingdom -> Chile: 10 frigates"),
                supplies("Algeria signed a deal with Russia last week, and Russia said more would follow. "
                        + "Chile received the first of 10 frigates ordered from Britain in 2020 in a multi-billion-dollar deal."));
    }

    @Test
    void theSubjectOfASendingVerbIsNoRecipient() {
        assertEquals(List.of("Russia -> Nepal: assistance", "China -> Nepal: assistance", "India -> Nepal: assistance"),
                supplies("Twenty countries, Russia, China and India among them, had sent assistance to Nepal."));
    }
}

package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a delegation did, its head did. Sentences are our own. */
class DelegationHeadsTest {
    private static List<String> pairs(String text, FactType type) {
        return OwnSentences.actors(OwnSentences.scored(text, type));
    }

    @Test
    void aDelegationLedBySomeoneMetThroughThem() {
        assertEquals(List.of("[Musalia Mudavadi, Nana Akufo-Addo]"),
                pairs("A Kenyan delegation led by Foreign Minister Musalia Mudavadi met with Ghanaian President Nana Akufo-Addo on Monday.",
                        FactType.MEETING));
    }

    @Test
    void whoeverLedADelegationThatVisitedVisited() {
        assertEquals(List.of("[Accra, Musalia Mudavadi]"),
                pairs("Kenyan Foreign Minister Musalia Mudavadi led a delegation that visited Accra on Monday.", FactType.VISIT));
    }

    @Test
    void aHostReceivedTheHeadOfADelegation() {
        assertEquals(List.of("[Musalia Mudavadi, Nana Akufo-Addo]"),
                pairs("Ghanaian President Nana Akufo-Addo received a Kenyan delegation headed by Foreign Minister Musalia Mudavadi on Monday.",
                        FactType.MEETING));
    }
}

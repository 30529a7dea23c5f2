package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A guest received by someone of another state visited that state. Sentences are our own. */
class HostedGuestsTest {
    private static List<String> visits(String text) {
        return OwnSentences.facts(text, FactType.VISIT).stream()
                .map(f -> f.role("visitor").label() + " -> " + f.role("destination").label() + " hosted by "
                        + (f.role("host") == null ? "-" : f.role("host").label()) + " " + f.ruleId()).toList();
    }

    @Test
    void aGuestReceivedByAnotherStatesLeaderVisitedIt() {
        assertEquals(List.of("Emmanuel Macron -> Kenya hosted by William Ruto visit.hosted-guest"),
                visits("Kenyan President William Ruto received French President Emmanuel Macron on Monday."));
    }

    @Test
    void theHostOfAPassiveIsTheOneWhoReceived() {
        assertEquals(List.of("Emmanuel Macron -> Kenya hosted by William Ruto visit.hosted-guest"),
                visits("French President Emmanuel Macron was received by Kenyan President William Ruto on Monday."));
    }

    @Test
    void aGuestOfTheSameStateMadeNoVisit() {
        assertEquals(List.of(), visits("Kenyan President William Ruto received Kenyan Foreign Minister Musalia Mudavadi on Monday."));
    }

    @Test
    void aGuestOfUnknownStateMadeNoVisit() {
        assertEquals(List.of(), visits("Kenyan President William Ruto received Arjun Mehra on Monday."));
    }
}

package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A delegation travels with a leader of its own state; a host's company is no delegation. Sentences are our own. */
class ForeignCompanionsTest {
    private static List<String> delegations(String text) {
        return OwnSentences.leadersAndMembers(OwnSentences.facts(text, FactType.DELEGATION));
    }

    @Test
    void aMinisterOfTheLeadersOwnStateIsOfTheDelegation() {
        assertEquals(List.of("Narendra Modi + Rajnath Singh"),
                delegations("Indian Prime Minister Narendra Modi was accompanied by Indian Defence Minister Rajnath Singh at the temple on Monday."));
    }

    @Test
    void theHostWhoAccompaniesAGuestIsNotOfHisDelegation() {
        assertEquals(List.of(),
                delegations("Indian Prime Minister Narendra Modi was accompanied by Cambodian Prime Minister Hun Manet at the temple on Monday."));
    }

    @Test
    void aCompanionOfUnknownStateIsKept() {
        assertEquals(List.of("Narendra Modi + Arjun Mehra"),
                delegations("Indian Prime Minister Narendra Modi was accompanied by Arjun Mehra at the temple on Monday."));
    }

    @Test
    void aCounterpartIsOfAnotherState() {
        assertEquals(List.of(), OwnSentences.scored(
                "Defence Minister Arjun Mehra was accompanied by his Kenyan counterpart Aden Duale at the ceremony.", FactType.DELEGATION));
    }

    @Test
    void aLeaderOfAnotherStateIsNotTheLastVisitor() {
        assertEquals(List.of(), OwnSentences.scored("Albanese arrived in Jakarta with Foreign Minister Penny Wong on Monday. "
                + "The Kenyan leader came with Trade Minister Rebecca Miano.", FactType.DELEGATION).stream()
                .filter(f -> f.role("member").label().equals("Rebecca Miano")).toList());
    }

    @Test
    void theOneWhoReceivedTheLeaderIsTheHostsSide() {
        assertEquals(List.of(), OwnSentences.scored("Peruvian President Dina Boluarte arrived in Santiago on Monday. "
                + "She was received at the airport by Foreign Minister Alberto van Klaveren, who accompanied her to the palace.", FactType.DELEGATION));
    }

    @Test
    void aHostAtHomeLeadsNoDelegation() {
        List<String> found = OwnSentences.leadersAndMembers(OwnSentences.scored("Kenyan President William Ruto arrived in Lima on Tuesday for a state visit. "
                + "Peruvian President Dina Boluarte, accompanied by Foreign Minister Elmer Schialer, welcomed Ruto at the palace on Wednesday. "
                + "Ruto was accompanied by Foreign Minister Musalia Mudavadi.", FactType.DELEGATION));
        assertEquals(List.of("William Ruto + Musalia Mudavadi"), found);
    }
}

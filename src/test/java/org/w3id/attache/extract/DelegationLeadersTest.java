package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A president or prime minister leads the delegation they travel in, whichever side of the verb they stand. Sentences are our own. */
class DelegationLeadersTest {
    private static List<String> delegations(String text) {
        return OwnSentences.leadersAndMembers(OwnSentences.scored(text, FactType.DELEGATION));
    }

    @Test
    void theMinisterWhoCameWithThePresidentIsHisCompanion() {
        assertEquals(List.of("Luiz Inácio Lula da Silva + Fernando Haddad"),
                delegations("Brazilian President Lula da Silva arrived in Beijing on Tuesday. "
                        + "Brazilian Finance Minister Fernando Haddad, who came with Lula, met the governor of the central bank on Wednesday."));
    }

    @Test
    void aPresidentWhoCameWithHisMinisterStillLeads() {
        assertEquals(List.of("Luiz Inácio Lula da Silva + Fernando Haddad"),
                delegations("Brazilian President Lula da Silva, who came with Finance Minister Fernando Haddad, met Xi Jinping in Beijing on Tuesday."));
    }

    @Test
    void twoWhoBothLeadAreNoDelegation() {
        assertEquals(List.of(), delegations("Indonesian President Joko Widodo arrived in Canberra on Sunday. "
                + "Prime Minister Anthony Albanese travelled with Widodo to Sydney on Monday."));
    }

    @Test
    void aMemberTwoLeadersShareIsNeithersUntold() {
        assertEquals(List.of(), OwnSentences.leadersAndMembers(OwnSentences.scored("Egyptian President Abdel Fattah al-Sisi and Jordan's King Abdullah II "
                + "met in Cairo, accompanied by their foreign ministers Sameh Shoukry and Ayman Safadi.", FactType.DELEGATION)));
    }

    @Test
    void everyoneATitleListsAfterItCameAlong() {
        assertEquals(List.of("William Ruto + Felix Koskei", "William Ruto + Aden Duale"),
                delegations("Kenyan President William Ruto was accompanied by his chief of staff Felix Koskei and Defence Minister Aden Duale."));
    }
}

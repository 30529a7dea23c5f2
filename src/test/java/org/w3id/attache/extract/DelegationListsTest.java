package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Everyone a list of a delegation's members names travels with its leader. Sentences are our own. */
class DelegationListsTest {
    private static final String TRIP = "Kenyan President William Ruto arrived in Accra on Monday for a state visit. ";

    private static List<String> members(String text) {
        return OwnSentences.scored(text, FactType.DELEGATION).stream()
                .map(f -> f.role("leader").label() + " + " + f.role("member").label()).sorted().toList();
    }

    @Test
    void aByPhraseAfterTheTripIsStillTheCompanion() {
        assertEquals(List.of("William Ruto + Davis Chirchir", "William Ruto + Kithure Kindiki"),
                members("Kenyan President William Ruto was accompanied on his trip by Interior Minister Kithure Kindiki and Energy Minister Davis Chirchir."));
    }

    @Test
    void aListWithPostsBetweenTheNames() {
        assertEquals(List.of("William Ruto + Davis Chirchir", "William Ruto + Kithure Kindiki", "William Ruto + Musalia Mudavadi", "William Ruto + Noordin Haji"),
                members(TRIP + "The Kenyan president was accompanied on his trip by Kithure Kindiki, the coordinating minister for security affairs, "
                        + "Foreign Minister Musalia Mudavadi, Energy Minister Davis Chirchir and the head of the intelligence service, Noordin Haji."));
    }

    @Test
    void aListEndsWhereAnotherClauseBegins() {
        assertEquals(List.of("William Ruto + Kithure Kindiki"),
                members(TRIP + "Ruto was accompanied by Interior Minister Kithure Kindiki, and he later met Ghanaian President John Mahama."));
    }

    @Test
    void theNamesInTheDelegation() {
        assertEquals(List.of("William Ruto + Rebecca Miano", "William Ruto + Susan Nakhumicha"),
                members(TRIP + "In the president's entourage to Ghana were Trade Minister Rebecca Miano and Health Minister Susan Nakhumicha."));
    }

    @Test
    void othersWhoAccompaniedTheLeader() {
        assertEquals(List.of("William Ruto + Aaron Cheruiyot", "William Ruto + Gladys Wanga"),
                members(TRIP + "Other leaders who accompanied President Ruto were Governor Gladys Wanga and Senator Aaron Cheruiyot."));
    }

    @Test
    void namesAmongThoseInTheDelegation() {
        assertEquals(List.of("William Ruto + Aden Duale", "William Ruto + Kithure Kindiki"),
                members(TRIP + "Defence Minister Aden Duale and Interior Minister Kithure Kindiki were also among those named in the delegation."));
    }

    @Test
    void anOpeningParticipleNamesTheCompanion() {
        assertEquals(List.of("William Ruto + Musalia Mudavadi"),
                members(TRIP + "Accompanied by Foreign Minister Musalia Mudavadi, the head of state was welcomed by Ghana's vice president."));
    }
}

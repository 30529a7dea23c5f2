package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A side the sentence gives to states it does not name is not the story's main state. Sentences are our own. */
class UnnamedStatesTest {
    private static List<String> recipients(String text) {
        return OwnSentences.scored(text, FactType.SUPPLY).stream().map(f -> f.role("supplier").label() + " > " + f.role("recipient").label()).toList();
    }

    @Test
    void dronesForSeveralCountriesGoToNoneOfTheStorysStates() {
        assertEquals(List.of(), recipients("Argentina will buy F-16 jets from Denmark, its defence minister said on Tuesday. "
                + "Turkey has delivered Bayraktar TB2 drones to several African countries.").stream().filter(r -> r.startsWith("Turkey")).toList());
    }
}

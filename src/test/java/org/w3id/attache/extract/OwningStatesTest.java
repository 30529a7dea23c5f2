package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A side of a supply named by what a state owns ("to Ghana's army") or by a person's country is
 * that state, not the story's. Sentences are our own.
 */
class OwningStatesTest {
    private static final String STORY = "Argentina bought 24 jets from Denmark on Tuesday. Argentina will pay $300 million.\n\n";

    private static List<String> supplies(String text) {
        return OwnSentences.scored(STORY + text, FactType.SUPPLY).stream()
                .map(f -> f.role("supplier").label() + " -> " + f.role("recipient").label() + ": " + f.value("item")).toList();
    }

    @Test
    void theOwnerOfTheRecipientsArmyIsTheRecipient() {
        assertEquals(List.of("Denmark -> Argentina: 24 jets", "Turkey -> Ghana: 30 drones"),
                supplies("Turkey sent 30 drones to Ghana’s army last year."));
    }

    @Test
    void theStoryDoesNotOverrideAnOwnerTheSentenceNames() {
        assertEquals(List.of("Denmark -> Argentina: 24 jets", "Denmark -> Ukraine: 19 tanks"),
                supplies("Denmark has also donated 19 tanks to Ukraine’s fight for freedom."));
    }

    @Test
    void hisCountryIsTheStateTheArticleSaidHeServes() {
        assertEquals(List.of("Denmark -> Argentina: 24 jets", "Turkey -> Kenya: drones"),
                supplies("Kenyan President William Ruto said on Tuesday that his country would buy drones from Turkey."));
    }

    @Test
    void whatAStateOwnsIsNotAlwaysTheState() {
        assertFalse(supplies("Turkey sent 30 drones to Ghana’s rebels last year.").contains("Turkey -> Ghana: 30 drones"));
    }
}

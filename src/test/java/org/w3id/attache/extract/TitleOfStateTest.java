package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "President of Kenya William Ruto": the parser often makes the name the object of "of", yet the
 * title stands for the person and the post is Kenya's. Sentences are our own.
 */
class TitleOfStateTest {
    private static final String MET = "President of Ghana Nana Akufo-Addo met with President of the Philippines Ferdinand Marcos Jr. in Manila.";

    @Test
    void theTitleOfAStateIsAPostOfThatState() {
        assertEquals(List.of("Nana Akufo-Addo President Ghana", "Ferdinand Marcos Jr. President Philippines"),
                OwnSentences.facts(MET, FactType.POSITION).stream()
                        .map(f -> f.role("holder").label() + " " + f.values().get("title") + " " + f.role("organisation").label()).toList());
    }

    @Test
    void theTitleStandsForThePersonNamedAfterItsState() {
        assertEquals(List.of(List.of("Nana Akufo-Addo", "Ferdinand Marcos Jr.")),
                OwnSentences.facts(MET, FactType.MEETING).stream().map(f -> f.roles().get("participant").stream().map(e -> e.label()).toList()).toList());
    }
}

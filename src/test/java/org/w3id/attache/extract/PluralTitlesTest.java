package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A title in the plural before a name is no one's post; a title ending in a plural domain word is one. Sentences are our own. */
class PluralTitlesTest {
    private static List<String> titles(String text) {
        return OwnSentences.facts(text, FactType.POSITION).stream().map(f -> f.role("holder").label() + ": " + f.value("title")).sorted().toList();
    }

    @Test
    void officialsInThePluralAreNoOnesPost() {
        assertEquals(List.of(), titles("After a meeting with senior ministers, Mr Tomas Kalo spoke to reporters in Port Vila."));
    }

    @Test
    void aMinisterOfForeignAffairsIsOne() {
        assertEquals(List.of("Tomas Kalo: Minister for Foreign Affairs"),
                titles("The accord was signed by Minister for Foreign Affairs Tomas Kalo in Port Vila on Monday."));
    }
}

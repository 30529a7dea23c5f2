package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Words a person is given as the source of ("according to X", "X was quoted as saying") are X's
 * statement; an outlet named as the source is attribution, not a speaker. Sentences are our own.
 */
class AttributedWordsTest {
    private static List<String> statements(String text) {
        return OwnSentences.scored(text, FactType.STATEMENT).stream()
                .map(f -> f.role("speaker").label() + ": " + f.value("content") + " @" + f.date()).toList();
    }

    @Test
    void accordingToAPersonIsTheirStatement() {
        assertEquals(List.of("Gabriel Boric: Peru will receive 12 jets by 2030 @2024-05"),
                statements("Peru will receive 12 jets by 2030, according to Chilean President Gabriel Boric."));
        assertEquals(List.of("Gabriel Boric: the talks were useful @2024-05"),
                statements("According to Chilean President Gabriel Boric, the talks were useful."));
    }

    @Test
    void accordingToAnOutletIsNoStatement() {
        assertEquals(List.of(), statements("Peru will receive 12 jets by 2030, according to Reuters."));
    }

    @Test
    void quotedAsSaying() {
        assertEquals(List.of("Gabriel Boric: as saying the talks were useful @2024-05"),
                statements("Chilean President Gabriel Boric was quoted as saying the talks were useful."));
    }

    @Test
    void accordingToABodysStatementIsThatBodysStatement() {
        assertEquals(List.of("Foreign Ministry"), OwnSentences.scored("Chile and Peru discussed fishing rights, according to a Foreign Ministry statement.",
                FactType.STATEMENT).stream().map(f -> f.role("speaker").label()).toList());
    }
}

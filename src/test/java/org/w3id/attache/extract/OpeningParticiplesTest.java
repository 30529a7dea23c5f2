package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Words told by an opening participle were said when the clause's verb happened. Sentences are our own; published on Friday 2024-05-10. */
class OpeningParticiplesTest {
    @Test
    void anOpeningAccusationTakesTheDayOfTheMainVerb() {
        List<String> said = OwnSentences.scored("Accusing Russia of aggression, Chilean President Ana Rojas on Thursday cancelled a visit to Moscow.",
                FactType.STATEMENT).stream().map(f -> f.role("speaker").label() + " " + f.date()).toList();
        assertEquals(List.of("Ana Rojas 2024-05-09"), said);
    }
}

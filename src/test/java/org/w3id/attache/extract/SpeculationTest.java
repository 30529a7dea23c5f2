package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "A possible visit" is speculation: the fact is kept as possible, not certain. Sentences are our own. */
class SpeculationTest {
    @Test
    void aPossibleVisitIsPossible() {
        assertEquals(List.of("possible"), OwnSentences.scored("The two leaders discussed a possible visit by Emperor Naruhito to Manila next year.",
                FactType.VISIT).stream().map(Fact::certainty).distinct().toList());
    }

    @Test
    void aVisitIsCertain() {
        assertEquals(List.of("certain"), OwnSentences.scored("The two leaders discussed the visit by Emperor Naruhito to Manila last year.",
                FactType.VISIT).stream().map(Fact::certainty).distinct().toList());
    }
}

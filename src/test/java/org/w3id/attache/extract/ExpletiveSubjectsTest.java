package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "X said it was a pleasure to visit Y": the "it" stands for no one, and X is the visitor. Sentences are our own. */
class ExpletiveSubjectsTest {

    @Test
    void aPleasureToVisitIsTheSpeakersVisit() {
        assertEquals(List.of("William Ruto -> Ghana"),
                OwnSentences.visits(OwnSentences.scored("Kenyan President William Ruto said it was a pleasure to visit Ghana.", FactType.VISIT)));
    }
}

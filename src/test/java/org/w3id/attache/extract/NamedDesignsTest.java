package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A supply that names only a class of goods, in a story that names one design of that class, is of
 * that design; two designs of the class leave it as it is. Sentences are our own.
 */
class NamedDesignsTest {
    private static List<String> supplies(String text) {
        return OwnSentences.supplies(OwnSentences.facts(text, FactType.SUPPLY));
    }

    @Test
    void theClassIsTheOneDesignTheStoryNames() {
        assertEquals(List.of("Spain -> Chile: six Lautaro-class frigates"),
                supplies("A Spanish yard floated out the first Lautaro-class frigate on Monday. "
                        + "Spain sold six modern frigates to Chile in 2022."));
    }

    @Test
    void twoDesignsOfTheClassLeaveTheClass() {
        assertEquals(List.of("Spain -> Chile: six modern frigates"),
                supplies("A Spanish yard floated out the first Lautaro-class frigate and a Valdivia-class frigate on Monday. "
                        + "Spain sold six modern frigates to Chile in 2022."));
    }
}

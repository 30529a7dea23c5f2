package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A seat of power speaks as itself ("the Kremlin said"), though it is a place one visits; who
 * neither confirms nor denies says nothing. Sentences are our own.
 */
class SeatsOfPowerTest {
    private static List<String> speakers(String text) {
        return OwnSentences.scored(text, FactType.STATEMENT).stream().filter(f -> !f.negated()).map(f -> f.role("speaker").label()).toList();
    }

    @Test
    void theKremlinAndTheWhiteHouseSpeak() {
        assertEquals(List.of("Kremlin", "White House"), speakers("The Kremlin said the president would attend the summit in Accra. "
                + "The White House said the delegation would pursue security in the Pacific."));
    }

    @Test
    void neitherConfirmingNorDenyingSaysNothing() {
        assertEquals(List.of(), speakers("Kenyan President William Ruto has neither confirmed nor denied the reports."));
    }
}

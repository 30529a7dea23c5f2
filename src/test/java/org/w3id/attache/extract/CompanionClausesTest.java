package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "X travelled with Y to meet Z": X met Z, though the parser makes Y the subject of "meet". Sentences are our own. */
class CompanionClausesTest {

    @Test
    void theTravellerMetTheHostNotHisCompanion() {
        assertEquals(List.of("[Nana Akufo-Addo, William Ruto]"),
                OwnSentences.actors(OwnSentences.scored("Kenyan President William Ruto travelled to Accra with Foreign Minister Musalia Mudavadi "
                        + "to meet Ghanaian President Nana Akufo-Addo.", FactType.MEETING)));
    }
}

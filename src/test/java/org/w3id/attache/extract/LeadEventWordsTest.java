package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Undated words belong to the event the article leads with when that is recent, even in another
 * month than publication, and even right after a sentence that went back to an older event or
 * recalled one. Sentences are our own; published on Friday 2024-05-10.
 */
class LeadEventWordsTest {
    private static List<String> said(String text) {
        return OwnSentences.scored(text, FactType.STATEMENT).stream().map(f -> f.role("speaker").label() + " " + f.date()).toList();
    }

    @Test
    void wordsAfterABackgroundPassageTakeTheLeadEventsMonth() {
        assertEquals(List.of("Kofi Mensah 2024-04"), said("Ghana and Togo held defence talks on 28 and 29 April in Accra. "
                + "A joint commission of the two countries met in Lome in March 2023. The commission has no secretariat. "
                + "Ghanaian Defence Minister Kofi Mensah said the talks had been fruitful."));
    }

    @Test
    void anOldLeadEventDoesNotDateThem() {
        assertEquals(List.of("Kofi Mensah 2024-05"), said("Ghana and Togo held defence talks on 28 and 29 January in Accra. "
                + "A joint commission of the two countries met in Lome in March 2023. The commission has no secretariat. "
                + "Ghanaian Defence Minister Kofi Mensah said the talks had been fruitful."));
    }

    @Test
    void wordsRightAfterAnOldEventStillBelongToTheLeadEvent() {
        assertEquals(List.of("Kofi Mensah 2024-04"), said("Ghana and Togo held defence talks on 28 and 29 April in Accra. "
                + "Ghanaian Defence Minister Kofi Mensah attended the Togolese president's inauguration in August last year. "
                + "Mensah said the talks had been fruitful."));
    }

    @Test
    void whatSomeoneRecallsMovesNoStoryTime() {
        assertEquals(List.of("Kofi Mensah 2024-04"), said("Ghana and Togo held defence talks on 28 and 29 April in Accra. "
                + "Ghanaian Defence Minister Kofi Mensah recalled visiting Lome in March 2021. "
                + "Mensah said the talks had been fruitful."));
    }

    @Test
    void wordsRightAfterOldWordsGoOnWithThem() {
        assertEquals(List.of("Kofi Mensah 2023-08"), said("Ghana and Togo held defence talks on 28 and 29 April in Accra. "
                + "Ghanaian Defence Minister Kofi Mensah told reporters in August last year that ties with Togo were strong. "
                + "Mensah said the border was calm.").stream().distinct().toList());
    }
}

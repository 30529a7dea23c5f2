package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Met visiting Ethiopian Prime Minister Abiy Ahmed": the guest is whom the host met; "the visiting
 * minister … in Nairobi": the guest visits the place of the clause. Sentences are our own.
 */
class VisitingGuestsTest {
    private static List<String> meetings(String text) {
        return OwnSentences.scored(text, FactType.MEETING).stream()
                .map(f -> f.sides().stream().map(e -> e.label()).sorted().toList().toString()).toList();
    }

    @Test
    void theHostMeetsTheVisitingGuest() {
        assertEquals(List.of("[Abiy Ahmed, William Ruto]"),
                meetings("Kenyan President William Ruto met visiting Ethiopian Prime Minister Abiy Ahmed at State House on Thursday."));
    }

    @Test
    void theHostReceivesTheVisitingGuest() {
        assertEquals(List.of("[Narendra Modi, Vladimir Putin]"),
                meetings("Putin received visiting Indian Prime Minister Narendra Modi at his residence on Monday."));
    }

    @Test
    void visitingAPlaceIsStillAVisit() {
        assertEquals(List.of("Ethiopia"), OwnSentences.scored("Kenyan President William Ruto is visiting Ethiopia this week.", FactType.VISIT)
                .stream().map(f -> f.role("destination").label()).toList());
    }

    private static List<String> visits(String text) {
        return OwnSentences.visits(OwnSentences.scored(text, FactType.VISIT)).stream().distinct().toList();
    }

    @Test
    void theVisitingMinisterVisitsThePlaceOfHisClause() {
        assertEquals(List.of("Yoji Muto -> Nairobi"),
                visits("On Tuesday the visiting Japanese Trade Minister Yoji Muto told reporters in Nairobi that exports would grow."));
    }

    @Test
    void aVisitingProfessorWithNoPlaceVisitsNothing() {
        assertEquals(List.of(), visits("Ruto thanked the visiting professor Kofi Annan for his advice."));
    }
}

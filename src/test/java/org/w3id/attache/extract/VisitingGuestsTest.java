package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Met visiting Ethiopian Prime Minister Abiy Ahmed": the guest is whom the host met. Sentences are our own. */
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
}

package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "The jets, X said, will arrive": words about the future were said now; the inserted "said" is not in the future. Sentences are our own. */
class InsertedSayingTest {
    @Test
    void anInsertedSayingIsDatedWhenItWasSaid() {
        List<String> said = OwnSentences.facts("Defence Minister Tomas Kalo spoke in Port Vila on Monday. "
                + "The two new patrol boats, Kalo said, will be delivered by the Australian navy to the harbour in Luganville.",
                FactType.STATEMENT).stream().map(f -> f.role("speaker").label() + " " + f.date() + " " + f.future()).toList();
        assertEquals(List.of("Tomas Kalo 2024-05 false"), said);
    }
}

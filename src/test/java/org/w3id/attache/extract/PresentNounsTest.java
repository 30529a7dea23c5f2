package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Talks told in the present ("is in talks") happen at publication, not at the last year the story named. Sentences are our own. */
class PresentNounsTest {
    @Test
    void talksInThePresentAreDatedAtPublication() {
        List<String> dates = OwnSentences.scored("Kenya received two patrol boats from Japan last year. "
                + "India is also in talks with France over jets for its navy.", FactType.COOPERATION).stream()
                .filter(f -> f.role("party") != null && f.role("party").label().equals("India")).map(Fact::date).toList();
        assertEquals(List.of("2024-05-10"), dates);
    }
}

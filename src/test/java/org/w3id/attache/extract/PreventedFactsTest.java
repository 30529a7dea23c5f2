package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a preventing verb governs did not happen: blocked sales, refused deliveries, a postponed visit, an agreement not reached. Sentences are our own. */
class PreventedFactsTest {
    private static List<Boolean> negated(String text) {
        return OwnSentences.scored(text, FactType.SUPPLY).stream().map(Fact::negated).toList();
    }

    @Test
    void blockedSalesAreNoSupply() {
        assertEquals(List.of(true), negated("Britain blocked sales of Hawk jets to Zimbabwe in 2000."));
    }

    @Test
    void aRefusalToSellIsNoSupply() {
        assertEquals(List.of(true), negated("Germany refused to sell Leopard tanks to Saudi Arabia in 2011."));
    }

    @Test
    void aSaleIsASupply() {
        List<Boolean> found = negated("Britain sold Hawk jets to Zimbabwe in 1992.");
        assertTrue(!found.isEmpty() && found.stream().noneMatch(b -> b), found.toString());
    }

    @Test
    void aPostponedVisitDidNotHappen() {
        assertEquals(List.of(true), OwnSentences.scored("Lula's visit to Beijing, his first since returning to office, was postponed.", FactType.VISIT)
                .stream().map(Fact::negated).distinct().toList());
    }

    @Test
    void aTripCalledOffDidNotHappen() {
        assertEquals(List.of(true), OwnSentences.scored("Kenyan President William Ruto called off his trip to Ghana after a fall at home.", FactType.VISIT)
                .stream().map(Fact::negated).distinct().toList());
    }

    @Test
    void anAgreementNotReachedWasNotSigned() {
        for (String text : List.of("Germany and Poland failed to reach an agreement on reparations.",
                "No agreement was reached between Germany and Poland on border controls.")) {
            assertEquals(List.of(), OwnSentences.scored(text, FactType.COOPERATION).stream()
                    .filter(f -> f.value("status").equals("signed")).toList(), text);
        }
    }

    @Test
    void aVisitCalledOffWhenNamedAgainIsNoVisit() {
        List<Boolean> visits = OwnSentences.scored("Chilean President Gabriel Boric had been scheduled to pay a state visit to Peru, "
                + "but his visit was cancelled because of the floods.", FactType.VISIT).stream().map(Fact::negated).toList();
        assertEquals(List.of(true), visits);
        List<Boolean> made = OwnSentences.scored("Chilean President Gabriel Boric paid a state visit to Peru on Monday, and the visit was hailed as historic.",
                FactType.VISIT).stream().map(Fact::negated).toList();
        assertEquals(List.of(false), made);
    }
}

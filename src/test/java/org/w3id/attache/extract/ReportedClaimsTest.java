package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A claim someone adds, confirms or states is theirs: attributed to them, not hedged by the text. Sentences are our own. */
class ReportedClaimsTest {
    private static List<String> supplies(String text) {
        return OwnSentences.scored(text, FactType.SUPPLY).stream()
                .map(f -> (f.attributedTo() == null ? "-" : f.attributedTo().label()) + " " + f.certainty() + " hedged=" + f.hedged()).toList();
    }

    @Test
    void aClaimTheMinisterConfirmedIsHis() {
        assertEquals(List.of("Rajnath Singh probable hedged=false"),
                supplies("Indian Defence Minister Rajnath Singh confirmed that Russia delivered two S-400 squadrons to India in 2023."));
    }

    @Test
    void aParticipleSaysWhatItsSubjectSays() {
        assertEquals(List.of("Volodymyr Zelensky probable hedged=false"),
                supplies("Ukrainian President Volodymyr Zelensky spoke to reporters, stating that the Netherlands delivered 18 F-16 jets to Ukraine in 2024."));
    }
}

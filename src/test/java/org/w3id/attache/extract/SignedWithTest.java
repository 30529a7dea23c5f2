package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "A and B signed an agreement with C": C is the other side of each, and A and B are not two
 * sides of one another; an agreement "between A and B" is theirs, whoever speaks of it. Sentences
 * are our own.
 */
class SignedWithTest {
    private static List<String> sides(List<Fact> facts) {
        return facts.stream().map(f -> f.role("party").label() + " + " + f.role("counterparty").label()).distinct().sorted().toList();
    }

    @Test
    void twoSignersWithAThirdAreEachItsPartner() {
        assertEquals(List.of("European Union + Tunisia", "Italy + Tunisia"),
                sides(OwnSentences.scored("Italy and the European Union signed an agreement with Tunisia on migration on Sunday.", FactType.COOPERATION)));
    }

    @Test
    void theSigningRuleTakesTheStateTheDocumentIsSignedWith() {
        assertEquals(List.of("Japan + United States"),
                sides(OwnSentences.facts("Japan and South Korea signed a security pact with the United States on Friday.", FactType.COOPERATION)));
    }

    @Test
    void anAgreementBetweenTwoStatesIsTheirs() {
        assertEquals(List.of("Chile + Peru"), sides(OwnSentences.facts(
                "Argentine President Javier Milei also said that the peace agreement signed between Chile and Peru showed trust.", FactType.COOPERATION)));
    }
}

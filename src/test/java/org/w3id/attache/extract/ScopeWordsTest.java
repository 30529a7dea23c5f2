package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Bilateral" says how wide ties are, not what they are about: it names a domain only alone.
 * "Power" names energy only as a modifier ("a power plant"), not in "the power of trust". A
 * peace agreement is diplomatic; an exercise or a drill is military when nothing else names its
 * domain. "Technical" cooperation is military only as "military-technical". An agreement's name
 * names its domain ("Visiting Forces Agreement"); a body's name does not. Sentences are our own.
 */
class ScopeWordsTest {
    private static List<String> domains(String text) {
        return OwnSentences.facts(text, FactType.COOPERATION).stream().map(f -> f.value("domain")).distinct().sorted().toList();
    }

    private static List<String> scoredDomains(String text) {
        return OwnSentences.scored(text, FactType.COOPERATION).stream().map(f -> f.value("domain")).distinct().sorted().toList();
    }

    @Test
    void aBilateralSecurityPactIsAboutSecurityOnly() {
        assertEquals(List.of("security"), domains("Chile and Peru signed a bilateral security agreement on Monday."));
    }

    @Test
    void aBilateralPactAloneKeepsItsDomain() {
        assertEquals(List.of("other"), domains("Chile and Peru signed a bilateral agreement on Monday."));
    }

    @Test
    void thePowerOfTrustIsNoEnergy() {
        assertEquals(List.of("diplomatic"), domains("Chile and Peru signed a peace agreement that showed the power of trust."));
    }

    @Test
    void aPowerPlantIsEnergy() {
        assertEquals(List.of("energy"), domains("Chile and Peru signed an agreement to build a power plant near Arica."));
    }

    @Test
    void exercisesAreMilitaryUnlessTheirWordsSayOtherwise() {
        assertEquals(List.of("military"), scoredDomains("Chile and Peru launched joint air force exercises on Saturday."));
        assertEquals(List.of("security"), scoredDomains("Chile and Peru held joint counter-terrorism drills on Saturday."));
    }

    @Test
    void technicalCooperationIsNotMilitary() {
        assertEquals(List.of("economic"), domains("Kenya and Japan signed an agreement on economic and technical cooperation on Monday."));
        assertEquals(List.of("military"), domains("Russia and India signed an agreement on military-technical cooperation on Monday."));
    }

    @Test
    void removingTariffsIsTrade() {
        assertEquals(List.of("trade"), domains("Chile and Peru agreed to remove tariffs on fruit and wine."));
    }

    @Test
    void aPipelineIsEnergy() {
        assertEquals(List.of("energy"), domains("Chile and Peru signed an agreement to build a pipeline from Arica to Ilo."));
    }

    @Test
    void anAllianceIsNoMilitaryTieByItself() {
        assertEquals(List.of("diplomatic"), domains("Chile and Peru agreed to strengthen their strategic alliance."));
    }

    @Test
    void anAgreementsNameSaysWhatItIsAbout() {
        assertEquals(List.of("military"), scoredDomains("Chile and Peru signed a Visiting Forces Agreement on Monday."));
    }

    @Test
    void aBodysNameSaysNothingAboutTheDeal() {
        assertEquals(List.of("trade"), domains("The Chilean Armed Forces Ministry and Peru signed a trade agreement on Monday."));
    }

    @Test
    void inDefenceOfSomethingIsNoMilitaryTie() {
        assertEquals(List.of("diplomatic"), scoredDomains("Chile and Peru have strengthened their strategic cooperation in defence of multilateralism."));
    }
}

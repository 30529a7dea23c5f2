package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who a name is and is not: a first name that is also a city's, a surname that is a state's, an honorific inside a name, a storm, a title that owns something, the one told, an airport's town, a deputy's title, a pronoun. Sentences are our own. */
class NamedSomeoneTest {
    @Test
    void aCitysNameAfterATitleIsAFirstName() {
        assertEquals(List.of("[Gabriel Boric, Santiago Rojas]"),
                OwnSentences.actors(OwnSentences.facts("President Santiago Rojas met Gabriel Boric in Lima.", FactType.MEETING)));
    }

    @Test
    void aStormTellsNothing() {
        assertEquals(List.of(), OwnSentences.scored("The minister was told of the devastation by Cyclone Harold last month.", FactType.STATEMENT));
    }

    @Test
    void aTitleInThePossessiveIsNoApposition() {
        assertEquals(List.of(), OwnSentences.facts("Amid worries over Tashi Dorji, the King's visit was delayed.", FactType.POSITION));
    }

    @Test
    void anUnnamedGuestThankedForVisitingIsNoVisitOfTheHost() {
        assertEquals(List.of(), OwnSentences.scored("President Kofi Mensah thanked the Togolese President for visiting Ghana.", FactType.VISIT));
    }

    @Test
    void theOneAPassiveReportIsToldToIsNoSpeaker() {
        assertEquals(List.of(), OwnSentences.scored("Jacinda Ardern referred to what she has been told of the devastation by the floods last month.",
                FactType.STATEMENT));
    }

    @Test
    void anAirportNamedAfterItsCityLiesInIt() {
        assertEquals(List.of("Ana Rojas -> Kigali"),
                OwnSentences.visits(OwnSentences.scored("Chilean President Ana Rojas arrived at Kigali International Airport on Sunday.", FactType.VISIT)));
    }

    @Test
    void thePresidentIsNotTheVicePresident() {
        assertEquals(List.of("Ana Rojas"), OwnSentences.scored("President Ana Rojas met Vice President Luis Pardo on Monday. "
                + "The president also said she looks forward to deeper ties.", FactType.STATEMENT).stream().map(f -> f.role("speaker").label()).toList());
    }

    @Test
    void aPronounWithNoOneBeforeItInItsSentenceIsTheLastSentencesSubject() {
        assertEquals(List.of("Kofi Mensah"), OwnSentences.scored("President Kofi Mensah received Luis Pardo in Accra on Monday. "
                + "Not only is trade growing, he said, the two countries also share a long border.", FactType.STATEMENT).stream()
                .map(f -> f.role("speaker").label()).toList());
    }

    @Test
    void anHonorificInsideANameIsPartOfIt() {
        assertEquals(List.of("Ali Sheikh Warsame -> Nairobi"), OwnSentences.visits(OwnSentences.scored(
                "Somali President Ali Sheikh Warsame arrived in Nairobi on Monday for a two-day visit.", FactType.VISIT)));
    }

    @Test
    void aStatesNameAfterAFirstNameIsASurname() {
        assertEquals(List.of("[Pedro Sanchez, Rui Montenegro]"), OwnSentences.actors(OwnSentences.facts(
                "Portuguese Prime Minister Rui Montenegro met Pedro Sanchez in Madrid on Monday.", FactType.MEETING)));
    }

    @Test
    void aPronounAfterAPassiveSentenceIsItsAgent() {
        assertEquals(List.of("Tom Reid"), OwnSentences.scored("The arrival of the jets was confirmed by Tom Reid, President Ana Cruz's special envoy. "
                + "\"The pilots landed today,\" he said on social media.", FactType.STATEMENT).stream().map(f -> f.role("speaker").label()).toList());
    }
}

package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who speaks: a name inside a quotation is not its speaker, whatever the parser makes of the
 * sentence (it has made a state in the quote a subject of "said"); unnamed "officials" are no
 * one's, even a named state's ("Chilean officials"); "he" after a quote is its speaker, not a name
 * inside it; "it" after a sentence that names a state only after its verb is not that state; nor is "he" a name in the
 * participle that opened the sentence before; "…, the government said" is the government of the clause's subject.
 * Sentences are our own.
 */
class SpeakersTest {
    private static final String TEXT = "“The new railway is a gift for Chile, Peru, and the wider region,” Arce said.";

    private static IndexedWord word(ParsedSentence s, String w) {
        return s.graph.vertexListSorted().stream().filter(n -> n.word().equals(w)).findFirst().orElseThrow();
    }

    @Test
    void aStateInsideTheQuoteIsQuoted() {
        ParsedSentence s = OwnSentences.parsed(TEXT);
        assertTrue(s.quotedApartFrom(word(s, "Chile"), word(s, "said")));
    }

    @Test
    void theSpeakerAfterTheQuoteIsNot() {
        ParsedSentence s = OwnSentences.parsed(TEXT);
        assertFalse(s.quotedApartFrom(word(s, "Arce"), word(s, "said")));
    }

    @Test
    void aWordQuotedWithItsVerbIsNot() {
        ParsedSentence s = OwnSentences.parsed("Arce said: “Chile said no to the railway.”");
        assertFalse(s.quotedApartFrom(word(s, "Chile"), s.graph.vertexListSorted().stream()
                .filter(n -> n.word().equals("said")).reduce((a, b) -> b).orElseThrow()));
    }

    private static final String MEETING = "Peruvian President Dina Boluarte met Chilean President Gabriel Boric in Lima on Monday. ";

    private static List<String> speakers(String text) {
        return OwnSentences.facts(text, FactType.STATEMENT).stream().map(f -> f.role("speaker").label()).toList();
    }

    @Test
    void unnamedOfficialsAreNoOnesSpeakers() {
        assertEquals(List.of(), speakers(MEETING + "The talks went well, officials said."));
    }

    @Test
    void officialsInACityAreStillUnnamed() {
        assertEquals(List.of(), speakers("South Korea and Poland will cooperate on nuclear energy, officials in Seoul said."));
    }

    @Test
    void officialsOfANamedStateAreStillUnnamed() {
        assertEquals(List.of(), speakers(MEETING + "The talks went well, Chilean officials said."));
        assertEquals(List.of(), speakers(MEETING + "Senior Peruvian government officials said the talks went well."));
    }

    @Test
    void theGovernmentOfANamedStateSpeaksForIt() {
        assertEquals(List.of("Chile"), speakers(MEETING + "The talks went well, the Chilean government said."));
    }

    @Test
    void anOutletReportingIsNoSpeakerOfItsOwn() {
        assertEquals(List.of(), OwnSentences.scored(MEETING + "Boluarte told Boric of her support for the railway, Xinhua said.",
                FactType.STATEMENT).stream().filter(f -> f.role("speaker").label().equals("Xinhua")).toList());
    }

    @Test
    void aPronounAfterAQuoteIsItsSpeakerNotANameInIt() {
        assertEquals(List.of("Omar Nasser"), OwnSentences.scored("\"The Al-Hadi corvette is a great addition to our fleet,\" "
                + "said Admiral Omar Nasser. He added that the ship carries modern radar.", FactType.STATEMENT).stream()
                .map(f -> f.role("speaker").label()).distinct().toList());
    }

    @Test
    void itAfterAReportThatNamedAStateIsTheReport() {
        assertEquals(List.of("China"), OwnSentences.scored("The study says that trade between Chile and Peru is expected to grow. "
                + "It also says that Chilean Trade Minister Ana Ruiz discussed new shipping routes. China said on Monday it would send aid "
                + "to Nepal. It also said it would help rebuild roads.", FactType.STATEMENT).stream().map(f -> f.role("speaker").label()).distinct().toList());
    }

    @Test
    void heAfterAnOpeningParticipleIsTheSubjectNotANameInIt() {
        assertEquals(List.of("Tomas Vega"), OwnSentences.scored("Peruvian Prime Minister Tomas Vega spoke in Santiago on Friday. Praising the "
                + "leadership of President Ruiz, Vega said Chile had become a modern economy. He recalled that Chile sent 500 tons of grain to "
                + "Peru after the floods.", FactType.STATEMENT).stream().map(f -> f.role("speaker").label()).distinct().toList());
    }

    @Test
    void theGovernmentSayingAClauseIsItsSubjectsGovernment() {
        assertEquals(List.of("Chile"), OwnSentences.scored("Chile has refused to allow the resale of Chilean radars that Brazil bought for Peru, "
                + "the government said on Tuesday.", FactType.STATEMENT).stream().map(f -> f.role("speaker").label()).distinct().toList());
    }
}

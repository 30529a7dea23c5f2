package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who said what inside someone's words (quoted or reported) is theirs to tell, not a statement of its own; quoted
 * words said "at the time" take the time the story had come to. Sentences are our own.
 */
class QuotedSpeechTest {
    private static List<String> speakers(String text) {
        return OwnSentences.scored(text, FactType.STATEMENT).stream().map(f -> f.role("speaker").label()).distinct().toList();
    }

    @Test
    void aPledgeToldInsideAQuotationIsNotOne() {
        assertEquals(List.of("John Mahama"), speakers("“In 2004, when we were preparing the deal, Kenya offered to train our officers,” "
                + "Ghanaian President John Mahama said on Monday."));
    }

    @Test
    void aQuotationThatOpenedOnAnEarlierLineToo() {
        assertEquals(List.of("John Mahama"), speakers("Ghanaian President John Mahama spoke in Accra on Monday.\n"
                + "“We are grateful to our friends\nKenya said it would help us. We thank it,” Mahama said."));
    }

    @Test
    void wordsSaidAtTheTimeTakeTheTimeTheStoryCameTo() {
        assertEquals(List.of("2023-02"), OwnSentences.scored("Chile signed two agreements with Peru on Friday. "
                + "In February 2023, the two sides signed an accord on a power plant in Lima. "
                + "\"This is broad cooperation. It also means a loan from Chile,\" Chilean President Gabriel Boric said at the time.", FactType.STATEMENT).stream()
                .map(Fact::date).toList());
    }

    @Test
    void whatOneSpeakerReportsAnotherSaidIsTheFirstSpeakersStatement() {
        assertEquals(List.of("Maya Fernandez"), OwnSentences.scored("Chilean Defence Minister Maya Fernandez recalled on Monday that Chile pledged to send "
                + "two frigates to Peru.", FactType.STATEMENT).stream().map(f -> f.role("speaker").label()).toList());
    }
}

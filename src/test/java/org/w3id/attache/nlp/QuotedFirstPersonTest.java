package org.w3id.attache.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "We" in a quotation is the speaker's state, when the sentences around it say who speaks. Sentences are our own. */
class QuotedFirstPersonTest {

    private static List<String> quotedWe(String text) {
        return OwnArticles.analyse(text).mentions().stream()
                .filter(m -> m.kind() == Mention.Kind.PRONOUN && m.text().matches("(?i)we|us"))
                .map(m -> m.text() + " = " + m.entity().label()).toList();
    }

    @Test
    void theSpeakerAfterTheQuotationIsWe() {
        assertEquals(List.of("We = Denmark"),
                quotedWe("“We have sent twelve tanks to Kenya,” Danish Defence Minister Troels Lund Poulsen said on Tuesday."));
    }

    @Test
    void theSpeakerBeforeTheQuotationToo() {
        assertEquals(List.of("we = Kenya", "us = Kenya"), quotedWe("Kenyan President William Ruto said in Accra: \"Today we signed a pact "
                + "that will help us.\""));
    }

    @Test
    void aStateTheQuotationNamesIsNotTheSpeaker() {
        assertEquals(List.of("we = Ghana"),
                quotedWe("“Kenya is a friend and we will sign a pact with it,” Ghanaian President John Mahama said."));
    }

    @Test
    void weOutsideAQuotationOrWithNoSpeakerIsLeftAlone() {
        assertEquals(List.of(), quotedWe("We have learned that Denmark sent tanks to Kenya. “We are ready,” an unnamed source said."));
    }

    @Test
    void quotationsArePairedAndEndWithTheirParagraph() {
        assertEquals(List.of(new Quotation(3, 9), new Quotation(19, 25)),
                Quotation.in("He “said” it.\n\nShe \"wrote\n\nmore"));
    }

    @Test
    void aMarkAfterAWordClosesWhateverItsShape() {
        assertEquals(List.of(new Quotation(0, 9), new Quotation(28, 34)), Quotation.in("“We won,“ he said.\nShe said \"Kenya\nwon"));
    }

    @Test
    void aClosingMarkOnALineThatOpenedNoneQuotesTheLine() {
        assertEquals(List.of(new Quotation(0, 7), new Quotation(7, 16)), Quotation.in("“We won\nWe did,” he said."));
    }
}

package org.w3id.attache.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "The Kenyan president" means the president the article called Kenyan, though the gazetteer
 * does not list him: the state before a person's title is his. Sentences are our own.
 */
class UnlistedPeoplesStatesTest {

    private static List<String> descriptors(String text) {
        return OwnArticles.analyse(text).mentions().stream()
                .filter(m -> m.kind() == Mention.Kind.DESCRIPTOR).map(m -> m.text() + " = " + m.entity().label()).toList();
    }

    @Test
    void theDemonymBeforeATitleIsThePersonsState() {
        assertEquals(List.of("the Kenyan president = William Ruto"),
                descriptors("Kenyan President William Ruto arrived in Accra on Monday. Later the Kenyan president met Ghanaian President John Mahama."));
    }

    @Test
    void aStatesNameAndItsPossessiveToo() {
        assertEquals(List.of("the Kenyan leader = William Ruto"),
                descriptors("Kenya's President William Ruto arrived in Accra on Monday. Later the Kenyan leader met Ghanaian President John Mahama."));
    }

    @Test
    void aPresidentOfAnotherStateIsNotMeant() {
        assertEquals(List.of(), descriptors("Kenyan President William Ruto arrived in Accra on Monday. Later the Ugandan president spoke."));
    }

    @Test
    void hisCounterpartOfAStateIsThatStatesPerson() {
        assertEquals(List.of("his Ghanaian counterpart = John Mahama"),
                descriptors("Ghanaian President John Mahama arrived in Nairobi on Monday. Kenyan President William Ruto welcomed his Ghanaian counterpart "
                        + "at the state house."));
    }

    @Test
    void aCounterpartNamedAfterACommaIsNoDescriptor() {
        assertEquals(List.of(), descriptors("Kenyan President William Ruto arrived in Accra on Monday. He met his Ghanaian counterpart, John Mahama."));
    }
}

package org.w3id.attache.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A person's name is labelled as written, without the brackets an editor put in it, and is one name however long. Sentences are our own. */
class NameLabelsTest {

    private static List<String> people(String text) {
        return OwnArticles.analyse(text).mentions().stream()
                .filter(m -> m.entity().type() == EntityType.PERSON && m.kind() == Mention.Kind.NAME).map(m -> m.entity().label()).toList();
    }

    @Test
    void bracketsAroundAFirstNameAreNotPartOfTheName() {
        assertEquals(List.of("Tomas Varga", "Ilan Sadeh"),
                people("\"We thank President (Tomas) Varga for his support,\" Foreign Minister [Ilan] Sadeh said on Monday."));
    }

    @Test
    void aListedPersonsFathersNamesArePartOfTheName() {
        assertEquals(List.of("Rishi Sunak", "Mohammed bin Salman"),
                people("Rishi Sunak received Mohammed bin Salman bin Abdul Aziz, the Saudi Crown Prince, on Wednesday."));
    }

    @Test
    void aFamilyNameAfterAListedPersonIsMoreOfTheirName() {
        assertEquals(List.of("Mohammed bin Salman", "Mohammed bin Salman"),
                people("Crown Prince Mohammed bin Salman Al Saud arrived on Monday. Mohammed bin Salman al-Saud left on Tuesday."));
    }

    @Test
    void aNameBeforeAListedPersonIsMoreOfTheirName() {
        assertEquals(List.of("Cyril Ramaphosa"),
                people("The summit was opened on Monday by South African President Matamela Cyril Ramaphosa."));
    }

    @Test
    void anotherFirstNameBeforeAListedSurnameIsSomeoneElse() {
        assertEquals(List.of("Recep Tayyip Erdoğan", "Emine Erdogan", "Recep Tayyip Erdoğan"),
                people("Recep Tayyip Erdogan arrived with Emine Erdogan on Tuesday. Later Erdogan spoke."));
    }

    @Test
    void aFatherlyNameBeforeAListedSurnameIsMoreOfTheName() {
        assertEquals(List.of("Vladimir Putin"), people("Vladimir Vladimirovich Putin spoke on Tuesday."));
    }

    @Test
    void aSurnameWithoutItsArticleIsTheSamePerson() {
        assertEquals(List.of("Abdel Fattah el-Sisi", "Abdel Fattah el-Sisi"),
                people("Egyptian President Abdel Fattah el-Sisi opened the plant on Monday. Sisi said it would run for decades."));
    }

    @Test
    void aPostAfterARankIsNoName() {
        assertEquals(List.of("Kofi Boateng"), people("Major General Kofi Boateng, the General Officer Commanding of the army's Northern Command, praised the unit."));
    }
}

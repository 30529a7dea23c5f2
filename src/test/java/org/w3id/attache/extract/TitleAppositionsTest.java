package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A name after a comma that closes a title's phrase holds that title. Sentences are our own. */
class TitleAppositionsTest {
    @Test
    void aNameAfterTheTitlesCommaIsTheOtherSideOfTheMeeting() {
        assertEquals(List.of("[Laila Haddad, Tomas Varga]"), OwnSentences.actors(OwnSentences.scored(
                "The plan was discussed today during a meeting at the State House between President Tomas Varga "
                        + "and the Ambassador of the Republic of Chile, Laila Haddad.", FactType.MEETING)).stream().distinct().toList());
    }

    @Test
    void aNameThatIsTheSubjectAfterTheCommaStaysTheSubject() {
        assertEquals(List.of("Laila Haddad -> Santiago"),
                OwnSentences.visits(OwnSentences.scored("After meeting the president, Laila Haddad flew to Santiago on Monday.", FactType.VISIT)));
    }
}

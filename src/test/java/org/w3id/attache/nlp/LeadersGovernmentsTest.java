package org.w3id.attache.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "The Biden administration" is the government of the person named, not of the state the story named last. Sentences are our own. */
class LeadersGovernmentsTest {

    private static List<String> governments(String text) {
        return OwnArticles.analyse(text).mentions().stream().filter(m -> m.text().equalsIgnoreCase("administration"))
                .map(m -> m.entity().label()).toList();
    }

    @Test
    void theLeadersAdministrationIsTheLeadersState() {
        assertEquals(List.of("United States"), governments("US President Joe Biden spoke on Friday. Japan welcomed the move. "
                + "The Biden administration signed a defence pact with the Philippines on Monday."));
    }

    @Test
    void withTheLeadersStateUnknownItIsNoOneElses() {
        assertEquals(List.of(), governments("Japan welcomed the move. The Biden administration signed a defence pact with the Philippines on Monday."));
    }
}

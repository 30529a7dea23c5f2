package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3id.attache.nlp.Entity;

/** A side of cooperation the sentence leaves open is a state the story returns to, not one met in passing. Sentences are our own. */
class RecurringStatesTest {
    private static final String STORY = "Kenyan President Amara Otieno met Brazilian President Lucas Moreira in Brasilia on Monday.\n\n"
            + "Brazil has sought to deepen trade and energy cooperation since sanctions over the war in Ukraine.\n\n"
            + "Kenya and Brazil signed four agreements, the Kenyan presidency said.";

    private static List<Set<String>> sides() {
        return OwnSentences.scored(STORY, FactType.COOPERATION).stream()
                .map(f -> f.sides().stream().map(Entity::label).collect(Collectors.toSet())).toList();
    }

    @Test
    void aStateNamedOnceInPassingIsNoSide() {
        assertFalse(sides().stream().anyMatch(s -> s.contains("Ukraine")), sides().toString());
    }

    @Test
    void theStatesTheStoryReturnsToAreSides() {
        assertTrue(sides().contains(Set.of("Kenya", "Brazil")), sides().toString());
    }
}

package org.w3id.attache.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3id.attache.eval.RecordKind;

/**
 * The scorer's fit is deterministic (the same examples give the same weights, which is what lets
 * {@code attache train} rewrite rules/model/candidates.tsv byte for byte), learns the direction of
 * a feature that separates the labels, and leaves out features seen fewer than minCount times.
 */
class TrainerTest {

    private static List<Example> examples() {
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            boolean positive = i % 4 != 0;
            List<String> features = new ArrayList<>();
            features.add(positive ? "cue=keep" : "cue=drop");
            features.add("noise=" + (i % 3));
            if (i == 7) {
                features.add("rare=once");
            }
            out.add(new Example(i, RecordKind.VISIT, List.of("a", "b", "", ""), features, positive));
        }
        return out;
    }

    @Test
    void sameExamplesGiveTheSameWeights() {
        Map<String, Double> first = new Trainer(1.0, 2).fit(examples());
        Map<String, Double> second = new Trainer(1.0, 2).fit(examples());
        assertEquals(first, second);
        assertEquals(List.copyOf(first.keySet()), List.copyOf(second.keySet()));
    }

    @Test
    void learnsWhichWayAFeaturePointsAndDropsRareOnes() {
        Map<String, Double> w = new Trainer(1.0, 2).fit(examples());
        assertTrue(w.get("cue=keep") > 0, w.toString());
        assertTrue(w.get("cue=drop") < 0, w.toString());
        assertFalse(w.containsKey("rare=once"), w.toString());
        assertTrue(new Trainer(1.0, 1).fit(examples()).containsKey("rare=once"));
    }
}

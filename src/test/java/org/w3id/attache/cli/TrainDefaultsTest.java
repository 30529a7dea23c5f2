package org.w3id.attache.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3id.attache.eval.EvaluationSet;

/**
 * What {@code attache train} learns from when given no sets: dev, breadth, news/tune and
 * news/train, with the thresholds chosen on news/tune alone (never on the training-only set, and
 * never on blind, which is not read here). news/train is read as an evaluation set, so a gold line
 * of an unknown type or an article without a url fails here before it reaches training.
 */
class TrainDefaultsTest {
    private static final Path TUNE = Path.of("src/test/resources/news/tune");
    private static final Path TRAIN = Path.of("src/test/resources/news/train");

    @Test
    void trainsOnNewsTrainBesideTheOtherSets() {
        List<Path> sets = TrainCommand.DEFAULT_SETS;
        assertEquals(List.of(Path.of("../shared/eval/dev"), Path.of("src/test/resources/breadth"), TUNE, TRAIN), sets);
        assertTrue(sets.indexOf(TUNE) < sets.indexOf(TRAIN), "news/train after news/tune keeps tune's folds");
        assertFalse(sets.stream().anyMatch(p -> p.toString().contains("blind")), "blind is never trained on: " + sets);
    }

    @Test
    void thresholdsAreChosenOnTuneOnly() {
        assertEquals(List.of(TUNE), TrainCommand.DEFAULT_THRESHOLD_SETS);
        assertTrue(TrainCommand.DEFAULT_SETS.containsAll(TrainCommand.DEFAULT_THRESHOLD_SETS), "thresholds are chosen on training sets only");
    }

    @Test
    void newsTrainIsAReadableSetApartFromTune() throws Exception {
        EvaluationSet train = EvaluationSet.read(TRAIN);
        assertEquals(30, train.entries().size());
        assertTrue(Files.isRegularFile(train.extraAliases()), "news/train carries its own aliases-extra.tsv");
        Set<String> tuneUrls = new HashSet<>();
        EvaluationSet.read(TUNE).entries().forEach(e -> tuneUrls.add(e.url()));
        for (EvaluationSet.Entry e : train.entries()) {
            assertTrue(Files.isRegularFile(e.article()), e.name() + ": no article");
            assertFalse(e.url().isEmpty(), e.name() + ": no url in the front matter");
            assertFalse(e.gold().isEmpty(), e.name() + ": no gold");
            assertFalse(tuneUrls.contains(e.url()), e.name() + " is also in news/tune: " + e.url());
        }
    }
}

package org.w3id.attache.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Pairwise and B-cubed scores, worked by hand on four items. */
class ClusterScoreTest {
    @Test
    void scoresAClusteringThatMergesTooMuchAndSplitsOnePair() {
        // gold {0,1} {2,3}; predicted {0,1,2} {3}
        ClusterScore s = ClusterScore.of(List.of("A", "A", "B", "B"), List.of("x", "x", "x", "y"));
        assertEquals(1.0 / 3, s.pairwiseP(), 1e-9); // of (0,1) (0,2) (1,2) only (0,1) belongs together
        assertEquals(0.5, s.pairwiseR(), 1e-9); // of (0,1) (2,3) only (0,1) is together
        assertEquals((2.0 / 3 + 2.0 / 3 + 1.0 / 3 + 1) / 4, s.bcubedP(), 1e-9);
        assertEquals((1 + 1 + 0.5 + 0.5) / 4, s.bcubedR(), 1e-9);
    }

    @Test
    void aPerfectClusteringScoresOneWhateverTheNames() {
        ClusterScore s = ClusterScore.of(List.of("E1", "E1", "E2"), List.of("b", "b", "a"));
        assertEquals(1.0, s.pairwiseP());
        assertEquals(1.0, s.pairwiseR());
        assertEquals(1.0, s.bcubedP());
        assertEquals(1.0, s.bcubedR());
    }
}

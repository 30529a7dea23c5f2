package org.w3id.attache.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Pairwise and B-cubed precision and recall of a clustering against the gold one, over the same
 * items: each item has a gold cluster and a predicted cluster.
 *
 * @param pairwiseP of the pairs put together, the share that belong together
 * @param pairwiseR of the pairs that belong together, the share put together
 * @param bcubedP mean over items of the share of its predicted cluster that shares its gold cluster
 * @param bcubedR mean over items of the share of its gold cluster that shares its predicted cluster
 * @param items how many items were scored
 * @param goldPairs how many pairs belong together
 * @param predictedPairs how many pairs were put together
 */
public record ClusterScore(double pairwiseP, double pairwiseR, double bcubedP, double bcubedR, int items, long goldPairs,
        long predictedPairs) {

    /** Scores {@code gold.get(i)} against {@code predicted.get(i)} for every item i. */
    public static ClusterScore of(List<String> gold, List<String> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException("gold and predicted clusters must cover the same items");
        }
        int n = gold.size();
        long both = 0;
        long goldPairs = 0;
        long predictedPairs = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                boolean g = gold.get(i).equals(gold.get(j));
                boolean p = predicted.get(i).equals(predicted.get(j));
                goldPairs += g ? 1 : 0;
                predictedPairs += p ? 1 : 0;
                both += g && p ? 1 : 0;
            }
        }
        Map<String, Integer> pairCount = new HashMap<>();
        Map<String, Integer> goldSize = new HashMap<>();
        Map<String, Integer> predictedSize = new HashMap<>();
        for (int i = 0; i < n; i++) {
            pairCount.merge(gold.get(i) + "\u0000" + predicted.get(i), 1, Integer::sum);
            goldSize.merge(gold.get(i), 1, Integer::sum);
            predictedSize.merge(predicted.get(i), 1, Integer::sum);
        }
        double bp = 0;
        double br = 0;
        for (int i = 0; i < n; i++) {
            int shared = pairCount.get(gold.get(i) + "\u0000" + predicted.get(i));
            bp += (double) shared / predictedSize.get(predicted.get(i));
            br += (double) shared / goldSize.get(gold.get(i));
        }
        return new ClusterScore(predictedPairs == 0 ? 1 : (double) both / predictedPairs, goldPairs == 0 ? 1 : (double) both / goldPairs,
                n == 0 ? 1 : bp / n, n == 0 ? 1 : br / n, n, goldPairs, predictedPairs);
    }

    /** "pairwise P 0.963 R 0.881 (27 pairs of 30 together) · B-cubed P 0.970 R 0.912 · 40 reports". */
    public String summary() {
        return String.format(Locale.ROOT, "pairwise P %.3f R %.3f (%d gold pairs, %d predicted) · B-cubed P %.3f R %.3f · %d reports",
                pairwiseP, pairwiseR, goldPairs, predictedPairs, bcubedP, bcubedR, items);
    }
}

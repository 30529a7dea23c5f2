package org.w3id.attache.train;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3id.attache.eval.RecordKind;
import org.w3id.attache.eval.Scorer;

/**
 * Chooses, per record type, the probability a candidate needs, so that the rows of the rules
 * and the kept candidates score best (micro-F1 over the articles that choose thresholds, as the
 * scorer counts it) — from probabilities the model gave articles it was not trained on. A
 * threshold is admissible only if its type's precision stays at {@value #MIN_PRECISION} or above,
 * or, where the rules alone are below that, no more than {@value #MAX_PRECISION_LOSS} below the
 * rules' own: recall bought with wrong facts is not worth having. Keeping no candidate of a type
 * is always admissible.
 */
final class ThresholdSearch {
    static final double[] GRID = {0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95};
    /** Above any probability: no candidate of the type is kept. */
    static final double OFF = 2.0;
    static final double MIN_PRECISION = 0.80;
    static final double MAX_PRECISION_LOSS = 0.05;

    private ThresholdSearch() {
    }

    /** Type → threshold, by coordinate ascent from "off" everywhere, two rounds. */
    static Map<RecordKind, Double> search(List<TrainingArticle> articles, List<Example> examples, double[] probability) {
        Map<RecordKind, Double> thresholds = allOff();
        Map<RecordKind, int[]> rulesAlone = counts(articles, examples, probability, thresholds);
        for (int round = 0; round < 2; round++) {
            for (RecordKind k : RecordKind.values()) {
                double floor = Math.min(MIN_PRECISION, precision(rulesAlone.get(k)) - MAX_PRECISION_LOSS);
                double best = OFF;
                thresholds.put(k, OFF);
                double bestF1 = f1(counts(articles, examples, probability, thresholds));
                for (double t : GRID) {
                    thresholds.put(k, t);
                    Map<RecordKind, int[]> c = counts(articles, examples, probability, thresholds);
                    double f1 = f1(c);
                    if (precision(c.get(k)) >= floor && f1 > bestF1 + 1e-9) {
                        bestF1 = f1;
                        best = t;
                    }
                }
                thresholds.put(k, best);
            }
        }
        return thresholds;
    }

    /** Every type at {@link #OFF}: the rules alone. */
    static Map<RecordKind, Double> allOff() {
        Map<RecordKind, Double> thresholds = new EnumMap<>(RecordKind.class);
        for (RecordKind k : RecordKind.values()) {
            thresholds.put(k, OFF);
        }
        return thresholds;
    }

    /** Micro-F1 of the rules' rows and the candidates at or above their type's threshold. */
    static double f1(List<TrainingArticle> articles, List<Example> examples, double[] probability, Map<RecordKind, Double> thresholds) {
        return f1(counts(articles, examples, probability, thresholds));
    }

    private static double precision(int[] c) {
        return c[0] + c[1] == 0 ? 1 : (double) c[0] / (c[0] + c[1]);
    }

    private static double f1(Map<RecordKind, int[]> counts) {
        int[] total = new int[3];
        counts.values().forEach(c -> {
            for (int i = 0; i < 3; i++) {
                total[i] += c[i];
            }
        });
        double p = total[0] + total[1] == 0 ? 0 : (double) total[0] / (total[0] + total[1]);
        double r = total[0] + total[2] == 0 ? 0 : (double) total[0] / (total[0] + total[2]);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** True positives, false positives and misses per type, over the articles that choose thresholds. */
    static Map<RecordKind, int[]> counts(List<TrainingArticle> articles, List<Example> examples, double[] probability,
                                                 Map<RecordKind, Double> thresholds) {
        List<Map<RecordKind, List<List<String>>>> rows = new ArrayList<>();
        for (TrainingArticle a : articles) {
            Map<RecordKind, List<List<String>>> byKind = new EnumMap<>(RecordKind.class);
            a.ruleRows().forEach(r -> byKind.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(r.values()));
            rows.add(byKind);
        }
        for (int i = 0; i < examples.size(); i++) {
            Example e = examples.get(i);
            if (probability[i] >= thresholds.get(e.kind())) {
                rows.get(e.article()).computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e.row());
            }
        }
        Map<RecordKind, int[]> total = new EnumMap<>(RecordKind.class);
        for (RecordKind k : RecordKind.values()) {
            total.put(k, new int[3]);
        }
        for (int a = 0; a < articles.size(); a++) {
            TrainingArticle article = articles.get(a);
            if (!article.choosesThresholds()) {
                continue;
            }
            Map<String, Map<RecordKind, List<List<String>>>> byUrl = new HashMap<>();
            byUrl.put(article.entry().url(), rows.get(a));
            Scorer.Score s = article.scorer().score(article.set().only(List.of(article.entry())),
                    (url, kind) -> byUrl.getOrDefault(url, Map.of()).getOrDefault(kind, List.of()));
            for (RecordKind k : RecordKind.values()) {
                int[] c = s.counts(k);
                for (int i = 0; i < 3; i++) {
                    total.get(k)[i] += c[i];
                }
            }
        }
        return total;
    }
}

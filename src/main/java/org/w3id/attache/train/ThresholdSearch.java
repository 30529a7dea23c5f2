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
 * and the kept candidates score best (micro-F1 over the training articles, as the scorer counts
 * it) — from probabilities the model gave articles it was not trained on.
 */
final class ThresholdSearch {
    static final double[] GRID = {0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95};

    private ThresholdSearch() {
    }

    /** Type → threshold, by coordinate ascent from 0.5 everywhere, two rounds. */
    static Map<RecordKind, Double> search(List<TrainingArticle> articles, List<Example> examples, double[] probability) {
        Map<RecordKind, Double> thresholds = new EnumMap<>(RecordKind.class);
        for (RecordKind k : RecordKind.values()) {
            thresholds.put(k, 0.5);
        }
        for (int round = 0; round < 2; round++) {
            for (RecordKind k : RecordKind.values()) {
                double best = thresholds.get(k);
                double bestF1 = -1;
                for (double t : GRID) {
                    thresholds.put(k, t);
                    double f1 = f1(articles, examples, probability, thresholds);
                    if (f1 > bestF1 + 1e-9) {
                        bestF1 = f1;
                        best = t;
                    }
                }
                thresholds.put(k, best);
            }
        }
        return thresholds;
    }

    /** Micro-F1 of the rules' rows and the candidates at or above their type's threshold. */
    static double f1(List<TrainingArticle> articles, List<Example> examples, double[] probability, Map<RecordKind, Double> thresholds) {
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
        int[] total = new int[3];
        for (int a = 0; a < articles.size(); a++) {
            TrainingArticle article = articles.get(a);
            if (!article.choosesThresholds()) {
                continue;
            }
            Map<RecordKind, List<List<String>>> mine = rows.get(a);
            Map<String, Map<RecordKind, List<List<String>>>> byUrl = new HashMap<>();
            byUrl.put(article.entry().url(), mine);
            Scorer.Score s = article.scorer().score(article.set().only(List.of(article.entry())),
                    (url, kind) -> byUrl.getOrDefault(url, Map.of()).getOrDefault(kind, List.of()));
            int[] t = s.total();
            for (int i = 0; i < 3; i++) {
                total[i] += t[i];
            }
        }
        double p = total[0] + total[1] == 0 ? 0 : (double) total[0] / (total[0] + total[1]);
        double r = total[0] + total[2] == 0 ? 0 : (double) total[0] / (total[0] + total[2]);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}

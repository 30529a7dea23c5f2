package org.w3id.attache.train;

import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.ling.BasicDatum;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Fits the candidate scorer: a logistic regression (CoreNLP's {@link LinearClassifierFactory},
 * quasi-Newton with a Gaussian prior) over the examples' features plus a bias, with labels
 * {@code yes} and {@code no}. Training on the same examples in the same order gives the same
 * weights; features seen fewer than {@code minCount} times are left out.
 */
final class Trainer {
    static final String BIAS = "bias";

    private final double sigma;
    private final int minCount;

    Trainer(double sigma, int minCount) {
        if (sigma <= 0 || minCount < 1) {
            throw new IllegalArgumentException("sigma must be positive and minCount at least 1");
        }
        this.sigma = sigma;
        this.minCount = minCount;
    }

    /** Feature → weight toward keeping (the bias under {@link #BIAS}), sorted by feature. */
    Map<String, Double> fit(List<Example> examples) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Example e : examples) {
            for (String f : new TreeSet<>(e.features())) {
                counts.merge(f, 1, Integer::sum);
            }
        }
        Dataset<String, String> data = new Dataset<>();
        for (Example e : examples) {
            List<String> kept = new ArrayList<>();
            kept.add(BIAS);
            e.features().stream().filter(f -> counts.get(f) >= minCount).distinct().forEach(kept::add);
            data.add(new BasicDatum<>(kept, e.positive() ? "yes" : "no"));
        }
        LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
        factory.setSigma(sigma);
        factory.setVerbose(false);
        LinearClassifier<String, String> classifier = factory.trainClassifier(data);
        Map<String, Double> weights = new TreeMap<>();
        for (String f : data.featureIndex()) {
            double w = classifier.weight(f, "yes") - classifier.weight(f, "no");
            if (Math.abs(w) >= 1e-6) {
                weights.put(f, Double.parseDouble(String.format(Locale.ROOT, "%.6f", w)));
            }
        }
        return weights;
    }
}

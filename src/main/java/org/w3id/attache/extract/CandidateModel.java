package org.w3id.attache.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The trained scorer that keeps or drops candidates: a logistic regression over the candidate's
 * features, read from {@code rules/model/candidates.tsv} (lines {@code feature<TAB>weight};
 * {@code threshold<TAB>p} and {@code threshold:TYPE<TAB>p} set the probability a candidate needs).
 * Without the file, no candidate is kept and only the rules speak.
 */
public final class CandidateModel {
    static final String BIAS = "bias";

    private final Map<String, Double> weights;
    private final Map<String, Double> thresholds;

    public CandidateModel(Map<String, Double> weights, Map<String, Double> thresholds) {
        this.weights = Map.copyOf(weights);
        this.thresholds = Map.copyOf(thresholds);
    }

    /** Keeps nothing: extraction by the rules alone (and candidates gathered for training). */
    public static CandidateModel none() {
        return new CandidateModel(Map.of(), Map.of("threshold", 2.0));
    }

    /** The model shipped on the class path, or {@link #none()} if there is none. */
    public static CandidateModel bundled() {
        return BundledFile.ifPresent("/rules/model/candidates.tsv").map(lines -> parse("rules/model/candidates.tsv", lines)).orElseGet(CandidateModel::none);
    }

    /** A model file written by {@code attache train}; a malformed line fails with the file and line. */
    public static CandidateModel read(java.nio.file.Path file) throws IOException {
        return parse(file.toString(), java.nio.file.Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    static CandidateModel parse(String file, List<String> lines) {
        Map<String, Double> weights = new HashMap<>();
        Map<String, Double> thresholds = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            double value;
            try {
                value = Double.parseDouble(cols[cols.length - 1]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected 'feature<TAB>weight'");
            }
            if (cols.length != 2) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected 'feature<TAB>weight'");
            }
            (cols[0].startsWith("threshold") ? thresholds : weights).put(cols[0], value);
        }
        return new CandidateModel(weights, thresholds);
    }

    /** The probability the model gives a candidate. */
    public double probability(List<String> features) {
        double z = weights.getOrDefault(BIAS, 0.0);
        for (String f : features) {
            z += weights.getOrDefault(f, 0.0);
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Is the candidate's probability at least the threshold of its type? */
    public boolean keeps(Candidate c) {
        double threshold = thresholds.getOrDefault("threshold:" + c.fact().type().id(), thresholds.getOrDefault("threshold", 0.5));
        return probability(c.features()) >= threshold;
    }
}

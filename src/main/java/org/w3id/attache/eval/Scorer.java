package org.w3id.attache.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Scores predicted rows against a set's gold rows as {@code score.py} does: per article and
 * type, each gold row (required ones first) takes the first unused predicted row whose keys
 * match; a required gold row without one is a miss; a predicted row that matches no gold row
 * at all, after duplicates are set aside, is an extra. Attributes are scored on hits.
 */
public final class Scorer {

    /** Predicted rows: article url → type → rows (fields in the gold file's order). */
    public interface Predictions {
        List<List<String>> rows(String url, RecordKind kind);
    }

    private final KeyMatch keys;

    public Scorer(Names names) {
        this.keys = new KeyMatch(names);
    }

    public Score score(EvaluationSet set, Predictions predictions) {
        Score score = new Score();
        for (EvaluationSet.Entry e : set.entries()) {
            for (RecordKind kind : RecordKind.values()) {
                List<GoldRow> gold = new ArrayList<>(e.gold().stream().filter(g -> g.kind() == kind).toList());
                gold.sort((a, b) -> Boolean.compare(a.optional(), b.optional()));
                scoreOne(score, e.name(), kind, gold, distinct(predictions.rows(e.url(), kind)));
            }
        }
        return score;
    }

    private static List<List<String>> distinct(List<List<String>> rows) {
        Set<List<String>> seen = new HashSet<>();
        List<List<String>> out = new ArrayList<>();
        for (List<String> r : rows) {
            if (seen.add(r.stream().map(Names::norm).toList())) {
                out.add(r);
            }
        }
        return out;
    }

    private void scoreOne(Score score, String article, RecordKind kind, List<GoldRow> gold, List<List<String>> pred) {
        Set<Integer> used = new HashSet<>();
        for (GoldRow g : gold) {
            int hit = -1;
            for (int i = 0; i < pred.size() && hit < 0; i++) {
                if (!used.contains(i) && keys.matches(kind, g.values(), pred.get(i))) {
                    hit = i;
                }
            }
            if (hit < 0) {
                if (!g.optional()) {
                    score.miss(kind, article + " " + kind.id() + ": " + String.join(" | ", g.values()));
                }
                continue;
            }
            used.add(hit);
            if (!g.optional()) {
                score.hit(kind);
            }
            for (KeyMatch.Attribute a : keys.attributes(kind, g.values(), pred.get(hit))) {
                score.attribute(kind.id() + "." + a.name(), a.right());
            }
        }
        for (int i = 0; i < pred.size(); i++) {
            List<String> p = pred.get(i);
            if (!used.contains(i) && gold.stream().noneMatch(g -> keys.matches(kind, g.values(), p))) {
                score.extra(kind, article + " " + kind.id() + ": " + String.join(" | ", p));
            }
        }
    }

    /** Counts per type, attribute tallies, and the misses and extras by name. */
    public static final class Score {
        private final Map<RecordKind, int[]> counts = new EnumMap<>(RecordKind.class);
        private final Map<String, int[]> attributes = new TreeMap<>();
        private final List<String> misses = new ArrayList<>();
        private final List<String> extras = new ArrayList<>();

        Score() {
            for (RecordKind k : RecordKind.values()) {
                counts.put(k, new int[3]);
            }
        }

        void hit(RecordKind k) {
            counts.get(k)[0]++;
        }

        void extra(RecordKind k, String what) {
            counts.get(k)[1]++;
            extras.add(what);
        }

        void miss(RecordKind k, String what) {
            counts.get(k)[2]++;
            misses.add(what);
        }

        void attribute(String name, boolean right) {
            int[] a = attributes.computeIfAbsent(name, n -> new int[2]);
            a[0] += right ? 1 : 0;
            a[1]++;
        }

        /** True positives, false positives and false negatives over all types, or of one. */
        public int[] counts(RecordKind kind) {
            return counts.get(kind).clone();
        }

        public int[] total() {
            int[] t = new int[3];
            counts.values().forEach(c -> {
                for (int i = 0; i < 3; i++) {
                    t[i] += c[i];
                }
            });
            return t;
        }

        public double precision() {
            int[] t = total();
            return t[0] + t[1] == 0 ? 0 : (double) t[0] / (t[0] + t[1]);
        }

        public double recall() {
            int[] t = total();
            return t[0] + t[2] == 0 ? 0 : (double) t[0] / (t[0] + t[2]);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public List<String> misses() {
            return List.copyOf(misses);
        }

        public List<String> extras() {
            return List.copyOf(extras);
        }

        /** The report in {@code score.py}'s layout, its last line {@code F1 x (P y R z)}. */
        public String report() {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-12s %6s %6s %6s   tp  fp  fn%n", "type", "P", "R", "F1"));
            counts.forEach((k, c) -> sb.append(String.format(Locale.ROOT, "%-12s %s  %3d %3d %3d%n", k.id(), prf(c), c[0], c[1], c[2])));
            attributes.forEach((n, a) -> sb.append(String.format(Locale.ROOT, "attribute %-22s %d/%d%n", n, a[0], a[1])));
            int[] t = total();
            sb.append(String.format(Locale.ROOT, "%-12s %s  %3d %3d %3d%n", "all", prf(t), t[0], t[1], t[2]));
            sb.append("F1 ").append(fixed(f1())).append(" (P ").append(fixed(precision())).append(" R ").append(fixed(recall())).append(")\n");
            return sb.toString();
        }

        /** Three decimals, ties to even on the exact binary value, as Python's {@code %.3f} rounds. */
        private static String fixed(double x) {
            return new java.math.BigDecimal(x).setScale(3, java.math.RoundingMode.HALF_EVEN).toPlainString();
        }

        private static String prf(int[] c) {
            double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
            double r = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            return List.of(p, r, f).stream().map(x -> String.format(Locale.ROOT, "%6s", fixed(x))).collect(Collectors.joining(" "));
        }
    }
}

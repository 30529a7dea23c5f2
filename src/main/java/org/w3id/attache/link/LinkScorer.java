package org.w3id.attache.link;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Scores Wikidata candidates for one entity and picks one only when it is clearly right: a wrong
 * link is worse than none.
 * <ul>
 * <li>a candidate of the wrong class, or with countries none of which is the entity's, is out;</li>
 * <li>name as label 0.6, as alias only 0.5;</li>
 * <li>its country (P17, P27, P1001) is the entity's country +0.3; a state that is its own country +0.3;</li>
 * <li>it holds (P39) a post the articles say the entity holds +0.3;</li>
 * <li>each other country or post of it among the entities mentioned with ours +0.1, at most +0.2.</li>
 * </ul>
 * The best candidate is linked when it scores at least {@value #THRESHOLD} and leads the next by
 * at least {@value #MARGIN}; two people of one name and country without a post to tell them
 * apart stay unlinked.
 */
public final class LinkScorer {
    public static final double THRESHOLD = 0.8;
    public static final double MARGIN = 0.2;

    /** A candidate and its score. */
    public record Scored(Candidate candidate, double score) {
        /** The score as stored: two decimals, at most 1. */
        public BigDecimal storedScore() {
            return BigDecimal.valueOf(Math.min(1.0, score)).setScale(2, RoundingMode.HALF_UP);
        }
    }

    /** The score of a candidate, empty when it is ruled out. */
    public Optional<Double> score(UnlinkedEntity e, Candidate c) {
        if (!e.kind().accepts(c.classes())) {
            return Optional.empty();
        }
        double s = c.byLabel() ? 0.6 : 0.5;
        if (!e.countryQid().isEmpty()) {
            if (c.countries().contains(e.countryQid())) {
                s += 0.3;
            } else if (!c.countries().isEmpty()) {
                return Optional.empty();
            }
        }
        if (e.kind() == EntityKind.STATE && c.countries().contains(c.qid())) {
            s += 0.3;
        }
        if (c.positions().stream().anyMatch(e.postQids()::contains)) {
            s += 0.3;
        }
        Set<String> related = new HashSet<>(c.countries());
        related.addAll(c.positions());
        related.remove(e.countryQid());
        related.removeAll(e.postQids());
        related.retainAll(e.contextQids());
        s += Math.min(0.2, 0.1 * related.size());
        return Optional.of(s);
    }

    /** The candidate to link, if one is clearly best. */
    public Optional<Scored> choose(UnlinkedEntity e, List<Candidate> candidates) {
        List<Scored> scored = new ArrayList<>();
        for (Candidate c : candidates) {
            score(e, c).ifPresent(s -> scored.add(new Scored(c, s)));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        if (scored.isEmpty() || scored.get(0).score() < THRESHOLD - 1e-9) {
            return Optional.empty();
        }
        if (scored.size() > 1 && scored.get(0).score() - scored.get(1).score() < MARGIN - 1e-9) {
            return Optional.empty();
        }
        return Optional.of(scored.get(0));
    }
}

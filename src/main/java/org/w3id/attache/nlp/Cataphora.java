package org.w3id.attache.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A possessive pronoun in a phrase that opens the sentence points forward to the sentence's
 * subject: "In his speech to the summit, Chinese President Xi Jinping said …" — "his" is Xi's,
 * not the person the sentence before was about.
 */
final class Cataphora {

    private Cataphora() {
    }

    /** Pronoun mention → the name mention it points forward to. */
    static Map<Mention, Mention> targets(List<Mention> found, List<CoreLabel> tokens) {
        Map<Mention, Mention> out = new HashMap<>();
        if (tokens.isEmpty() || !"IN".equals(tokens.get(0).tag())) {
            return out;
        }
        Optional<Mention> subject = found.stream()
                .filter(m -> m.entity().type() == EntityType.PERSON && m.kind() == Mention.Kind.NAME)
                .min((a, b) -> a.begin() - b.begin());
        if (subject.isEmpty()) {
            return out;
        }
        for (Mention m : found) {
            boolean possessive = m.kind() == Mention.Kind.PRONOUN && m.end() <= subject.get().begin() && m.entity().type() == EntityType.PERSON
                    && m.text().toLowerCase(java.util.Locale.ROOT).matches("his|her")
                    && commaBetween(tokens, m.end(), subject.get().begin()) && noVerbBefore(tokens, m.end(), subject.get().begin());
            if (possessive) {
                out.put(m, subject.get());
            }
        }
        return out;
    }

    /**
     * Does the name open the clause after the phrase: no verb between the last comma before the
     * name and the name? "During his visit, the president attended the funeral of X": X is no subject.
     */
    private static boolean noVerbBefore(List<CoreLabel> tokens, int from, int to) {
        int comma = to - 1;
        while (comma > from && !tokens.get(comma).word().equals(",")) {
            comma--;
        }
        for (int t = comma + 1; t < to; t++) {
            String tag = tokens.get(t).tag();
            if (tag != null && (tag.startsWith("VB") || tag.equals("MD"))) {
                return false;
            }
        }
        return true;
    }

    private static boolean commaBetween(List<CoreLabel> tokens, int from, int to) {
        for (int t = from; t < to; t++) {
            if (tokens.get(t).word().equals(",")) {
                return true;
            }
        }
        return false;
    }
}

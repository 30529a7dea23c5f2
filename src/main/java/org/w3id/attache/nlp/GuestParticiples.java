package org.w3id.attache.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Ruto met visiting Ethiopian Prime Minister Abiy Ahmed": "visiting" right before a guest's
 * demonym, title or name describes the guest, so it is tagged an adjective and the parser hangs
 * the guest on "met" (as it does for "the visiting delegation"). After a form of "be" or a
 * conjunction of time ("is visiting India", "after visiting President Xi") it stays a verb, and
 * so it does before a place ("visiting Ethiopia").
 */
final class GuestParticiples {
    private static final Set<String> VERBAL = Set.of("be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re",
            "after", "before", "while", "when", "since", "by", "of", "from", "without", "on", "upon");

    private GuestParticiples() {
    }

    /** Retags "visiting" as an adjective where it describes the guest the next words name. */
    static void retag(List<CoreLabel> tokens, List<Mention> mentions, int sentence) {
        for (int t = 0; t + 1 < tokens.size(); t++) {
            CoreLabel w = tokens.get(t);
            if (!w.word().equalsIgnoreCase("visiting") || t > 0 && VERBAL.contains(tokens.get(t - 1).word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int next = t + 1;
            String ner = tokens.get(next).ner();
            boolean guest = "TITLE".equals(ner) || "PERSON".equals(ner) || mentions.stream().anyMatch(m -> m.sentence() == sentence
                    && m.begin() == next && (m.kind() == Mention.Kind.DEMONYM || m.entity().type() == EntityType.PERSON));
            if (guest) {
                w.setTag("JJ");
            }
        }
    }
}

package org.w3id.attache.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.Locale;
import java.util.Optional;

/**
 * A participle before a name ("the visiting minister"): whom the name stands for, and the verb of
 * the clause that name is in, where the participle's event takes place.
 */
final class Participles {

    private Participles() {
    }

    /** A present participle, as the tagger may also tag it before a noun ("visiting" as an adjective). */
    static boolean isParticiple(IndexedWord word) {
        return word.tag() != null && word.tag().matches("VBG|JJ") && word.word().toLowerCase(Locale.ROOT).endsWith("ing");
    }

    /**
     * Who bears a participle before a noun: the head of the whole name it stands in ("Visiting
     * German Foreign Minister Annalena Baerbock": Baerbock); none for any other word.
     */
    static Optional<IndexedWord> bearer(ParsedSentence s, IndexedWord trigger) {
        if (!isParticiple(trigger)) {
            return Optional.empty();
        }
        IndexedWord head = trigger;
        boolean climbed = true;
        while (climbed) {
            climbed = false;
            for (SemanticGraphEdge in : s.graph.incomingEdgeIterable(head)) {
                String rel = in.getRelation().toString();
                if ((rel.equals("amod") || head != trigger && rel.equals("compound")) && in.getGovernor().index() > head.index()) {
                    head = in.getGovernor();
                    climbed = true;
                    break;
                }
            }
        }
        return head == trigger ? Optional.empty() : Optional.of(head);
    }

    /** The verb a name hangs on, through the words of the name ("German" → "Minister" → "Baerbock" → "warned"). */
    static Optional<IndexedWord> verbOfName(ParsedSentence s, IndexedWord word) {
        IndexedWord node = word;
        for (int steps = 0; steps < 6 && node != null; steps++) {
            SemanticGraphEdge in = s.graph.incomingEdgeIterable(node).iterator().hasNext() ? s.graph.incomingEdgeIterable(node).iterator().next() : null;
            if (in == null) {
                return Optional.empty();
            }
            if (in.getGovernor().tag() != null && in.getGovernor().tag().startsWith("VB")) {
                return Optional.of(in.getGovernor());
            }
            String rel = in.getRelation().toString();
            node = rel.equals("amod") || rel.equals("compound") ? in.getGovernor() : null;
        }
        return Optional.empty();
    }
}

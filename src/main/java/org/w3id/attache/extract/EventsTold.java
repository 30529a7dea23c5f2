package org.w3id.attache.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.List;
import java.util.Optional;
import org.w3id.attache.nlp.Entity;
import org.w3id.attache.nlp.EntityType;

/**
 * The event the text last told of, where no attendance named it: "Over 25 leaders attended a
 * military parade in Beijing. Notable guests included X" — X's event is the parade. The latest
 * common noun headed by an event word (rules/triggers/events.tsv), earlier in the sentence or in
 * the two before it.
 */
final class EventsTold {

    private static final int SENTENCES_BACK = 2;

    private final TriggerLexicon lexicon;
    private final RuleBook rules;

    EventsTold(TriggerLexicon lexicon, RuleBook rules) {
        this.lexicon = lexicon;
        this.rules = rules;
    }

    /** The event last named before {@code trigger} in {@code s} or the sentences just before it. */
    Optional<Entity> lastBefore(ParsedSentence s, IndexedWord trigger) {
        Optional<Entity> here = lastIn(s, trigger.index());
        for (int back = 1; here.isEmpty() && back <= SENTENCES_BACK && s.index - back >= 0; back++) {
            SemanticGraph graph = s.doc.dependencies(s.index - back);
            if (graph != null && !graph.isEmpty()) {
                here = lastIn(new ParsedSentence(s.doc, s.index - back, graph, rules), Integer.MAX_VALUE);
            }
        }
        return here;
    }

    private Optional<Entity> lastIn(ParsedSentence s, int before) {
        List<IndexedWord> nodes = s.graph.vertexListSorted();
        for (int i = nodes.size() - 1; i >= 0; i--) {
            IndexedWord n = nodes.get(i);
            boolean commonNoun = n.tag() != null && (n.tag().equals("NN") || n.tag().equals("NNS"));
            if (n.index() < before && commonNoun && lexicon.isEventNoun(n.lemma()) && s.entity(n).isEmpty()) {
                return Optional.of(Entity.unlisted(EntityType.EVENT, RoleReader.eventLabel(s, n)));
            }
        }
        return Optional.empty();
    }
}

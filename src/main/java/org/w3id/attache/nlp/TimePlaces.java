package org.w3id.attache.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.List;
import java.util.Set;

/**
 * "She arrived on July 2 afternoon in Nairobi": the parser may hang the place on the time
 * before it ("afternoon in Nairobi"), so the arrival had no place. A place named after a time,
 * and hung on it, is where the event of the time's verb happened: it is moved to that verb, as an
 * oblique of the same preposition. A place under any other noun ("the summit in Nairobi") stays.
 */
final class TimePlaces {
    private static final Set<String> TIMES = Set.of("DATE", "TIME");
    private static final Set<String> PLACES = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE", "STATE");

    private TimePlaces() {
    }

    /** Mends one sentence's graph in place. */
    static void mend(SemanticGraph graph) {
        for (SemanticGraphEdge e : List.copyOf(graph.edgeListSorted())) {
            String rel = e.getRelation().toString();
            IndexedWord time = e.getGovernor();
            IndexedWord place = e.getDependent();
            if (!rel.startsWith("nmod") || rel.equals("nmod:poss") || !TIMES.contains(time.ner()) || !PLACES.contains(place.ner())
                    || place.index() < time.index()) {
                continue;
            }
            IndexedWord verb = verbAbove(graph, time);
            if (verb != null && !graph.containsEdge(verb, place)) {
                graph.removeEdge(e);
                graph.addEdge(verb, place, oblique(e.getRelation()), e.getWeight(), e.isExtra());
            }
        }
    }

    /** The verb a time phrase hangs on, through the other words of the time ("on July 2 afternoon"). */
    private static IndexedWord verbAbove(SemanticGraph graph, IndexedWord time) {
        IndexedWord node = time;
        for (int steps = 0; steps < 4 && node != null; steps++) {
            IndexedWord head = graph.getParent(node);
            if (head == null) {
                return null;
            }
            if (head.tag() != null && head.tag().startsWith("VB")) {
                return head;
            }
            if (!TIMES.contains(head.ner())) {
                return null;
            }
            node = head;
        }
        return null;
    }

    private static GrammaticalRelation oblique(GrammaticalRelation nmod) {
        String specific = nmod.getSpecific();
        return specific == null ? UniversalEnglishGrammaticalRelations.OBLIQUE_MODIFIER : UniversalEnglishGrammaticalRelations.getObl(specific);
    }
}

package org.w3id.attache.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "He discussed trade with his counterpart", "they discussed ways to boost trade with the
 * president": the parser may hang the with-phrase on the topic ("trade with his counterpart")
 * or on the verb below, so the talks had no partner. A with-phrase that names a person (a name
 * or a title, or "counterpart"), hung inside the object or the infinitive of a verb of talking,
 * or below a noun of talks ("talks on trade with X"), that has no with-phrase of its own, is that
 * verb's or noun's partner, and is moved there. A with-phrase
 * that names a state or anything else ("trade with Egypt") stays where it is.
 */
final class TalkPartners {
    /** Verbs whose with-phrase is the person talked with. */
    private static final Set<String> TALK = Set.of("discuss", "talk", "review", "explore", "exchange", "confer");
    /** Nouns of talks that take the with-phrase themselves ("held talks on trade with X": talks with X). */
    private static final Set<String> TALK_NOUNS = Set.of("talk", "talks", "meeting", "discussion", "dialogue", "consultation", "conversation");
    /** How far below the verb a with-phrase may hang (object, then its modifier or infinitive). */
    private static final int DEPTH = 3;

    private TalkPartners() {
    }

    /** Mends one sentence's graph in place. */
    static void mend(SemanticGraph graph) {
        for (SemanticGraphEdge e : List.copyOf(graph.edgeListSorted())) {
            String rel = e.getRelation().toString();
            if (!(rel.equals("nmod:with") || rel.equals("obl:with")) || !person(graph, e.getDependent())) {
                continue;
            }
            IndexedWord verb = talkAbove(graph, e.getGovernor());
            if (verb != null && verb.index() < e.getDependent().index()) {
                boolean noun = verb.tag() != null && verb.tag().startsWith("NN");
                graph.removeEdge(e);
                graph.addEdge(verb, e.getDependent(), noun ? UniversalEnglishGrammaticalRelations.getNmod("with")
                        : UniversalEnglishGrammaticalRelations.getObl("with"), e.getWeight(), e.isExtra());
            }
        }
    }

    /** The verb of talking, with no with-phrase yet, whose object or infinitive holds {@code node}. */
    private static IndexedWord talkAbove(SemanticGraph graph, IndexedWord node) {
        IndexedWord below = node;
        for (int steps = 0; steps < DEPTH; steps++) {
            SemanticGraphEdge up = graph.incomingEdgeList(below).stream().findFirst().orElse(null);
            if (up == null) {
                return null;
            }
            String rel = up.getRelation().toString();
            if (!(rel.equals("obj") || rel.equals("xcomp") || rel.startsWith("nmod") || rel.equals("acl"))) {
                return null;
            }
            IndexedWord head = up.getGovernor();
            if (head.tag() != null && head.tag().startsWith("NN") && TALK_NOUNS.contains(lemma(head))) {
                return hasWith(graph, head) ? null : head;
            }
            if (head.tag() != null && head.tag().startsWith("VB") && TALK.contains(lemma(head))) {
                return rel.startsWith("nmod") || hasWith(graph, head) ? null : head;
            }
            below = head;
        }
        return null;
    }

    private static boolean hasWith(SemanticGraph graph, IndexedWord verb) {
        return graph.outgoingEdgeList(verb).stream().anyMatch(o -> o.getRelation().toString().matches("(obl|nmod):with"));
    }

    /** Does the phrase name a person: a person's name or title on its head or a word joined to it, or "counterpart"? */
    private static boolean person(SemanticGraph graph, IndexedWord head) {
        if (personWord(head)) {
            return true;
        }
        return graph.outgoingEdgeList(head).stream()
                .anyMatch(o -> Set.of("compound", "dep", "appos", "flat").contains(o.getRelation().toString()) && personWord(o.getDependent()));
    }

    private static boolean personWord(IndexedWord w) {
        return "PERSON".equals(w.ner()) || "TITLE".equals(w.ner()) || lemma(w).startsWith("counterpart");
    }

    private static String lemma(IndexedWord w) {
        String l = w.lemma() != null ? w.lemma() : w.word();
        return l.toLowerCase(Locale.ROOT);
    }
}

package org.w3id.attache.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.attache.nlp.Gazetteer;

/**
 * The syntactic slots around a trigger word: its subject, object, possessor, modifiers and
 * prepositional phrases, read off the enhanced dependency graph. A passive verb's subject is its
 * object and its "by" phrase its subject. A noun trigger (or a verb without a subject of its
 * own) takes the subject and the prepositional phrases of the verb it hangs on: "X held talks
 * with Y", "X paid a visit to Y", "X met Y on the sidelines of Z", "Arriving in Delhi, X said".
 */
final class ArgumentSlots {

    /** Verbs of thanks and blame: what their "for" clause tells, their object did. */
    private static final Set<String> OBJECT_DOES = Set.of("thank", "praise", "commend", "congratulate", "credit", "blame", "accuse",
            "criticise", "criticize", "condemn", "fault");
    /** CoreNLP's classes of names that tie a word to someone ("Ethiopia's envoy"); demonyms come from the gazetteer. */
    private static final Set<String> NAMING_NER = Set.of("PERSON", "ORGANIZATION", "LOCATION");

    private ArgumentSlots() {
    }

    /** Slot name → the nodes in it, in text order. */
    static Map<String, List<IndexedWord>> of(ParsedSentence s, IndexedWord trigger) {
        Map<String, List<IndexedWord>> slots = new LinkedHashMap<>();
        boolean passive = isPassive(s, trigger);
        for (SemanticGraphEdge e : s.graph.outgoingEdgeIterable(trigger)) {
            String slot = slotOf(e.getRelation().toString(), passive);
            if (slot != null) {
                slots.computeIfAbsent(slot, k -> new ArrayList<>()).add(e.getDependent());
            }
        }
        Participles.bearer(s, trigger).ifPresent(head -> slots.put("head", new ArrayList<>(List.of(head))));
        listedAfterObject(s, trigger, slots);
        companionsClause(s, trigger, slots);
        placeBeforePurpose(s, trigger, slots);
        pastTheDate(s, trigger, slots);
        if (passive && !slots.containsKey("obj")) {
            List<IndexedWord> bearer = participleBearer(s, trigger);
            if (!bearer.isEmpty()) {
                slots.put("obj", new ArrayList<>(bearer));
            }
        }
        if (!slots.containsKey("subj")) {
            IndexedWord verb = verbAbove(s, trigger);
            if (verb != null) {
                borrow(s, verb, slots);
            }
        }
        slots.values().forEach(l -> l.sort(IndexedWord::compareTo));
        return slots;
    }

    /**
     * "Ruto travelled to Accra with Foreign Minister Mudavadi to meet Akufo-Addo": the parser
     * makes the companion the subject of a clause marked "with"; the one who meets is the
     * subject of the verb that clause hangs on.
     */
    private static void companionsClause(ParsedSentence s, IndexedWord trigger, Map<String, List<IndexedWord>> slots) {
        boolean markedWith = s.children(trigger, "mark").stream().anyMatch(m -> m.word().equalsIgnoreCase("with"));
        if (!markedWith || !slots.containsKey("subj")) {
            return;
        }
        for (SemanticGraphEdge in : s.graph.incomingEdgeIterable(trigger)) {
            if (in.getRelation().toString().startsWith("advcl")) {
                List<IndexedWord> above = s.children(in.getGovernor(), "nsubj");
                if (!above.isEmpty()) {
                    slots.put("subj", new ArrayList<>(above));
                }
                return;
            }
        }
    }

    /**
     * "came to Laos to attend the summit", "met with Blinken to discuss trade": the parser may
     * read "to Laos to attend" as a clause whose subject is Laos ("for Laos to attend"). A subject
     * between a preposition and the "to" of a purpose clause is the trigger's, in that
     * preposition's slot.
     */
    private static void placeBeforePurpose(ParsedSentence s, IndexedWord trigger, Map<String, List<IndexedWord>> slots) {
        for (SemanticGraphEdge e : s.graph.outgoingEdgeIterable(trigger)) {
            if (!e.getRelation().toString().startsWith("advcl")) {
                continue;
            }
            IndexedWord purpose = e.getDependent();
            List<IndexedWord> marks = s.children(purpose, "mark");
            for (IndexedWord subject : s.children(purpose, "nsubj")) {
                int first = subject.index();
                for (IndexedWord d : s.graph.descendants(subject)) {
                    first = Math.min(first, d.index());
                }
                int before = first - 1;
                IndexedWord preposition = marks.stream().filter(m -> m.index() == before && m.word().matches("(?i)to|with")).findFirst().orElse(null);
                boolean purposeAfter = marks.stream().anyMatch(m -> m.index() > subject.index() && m.word().equalsIgnoreCase("to"));
                String slot = preposition == null ? null : preposition.word().toLowerCase(java.util.Locale.ROOT);
                if (slot != null && purposeAfter && trigger.index() < before && !slots.containsKey(slot)) {
                    slots.put(slot, new ArrayList<>(List.of(subject)));
                }
            }
        }
    }

    /**
     * "acquired 23 jets in 1965 from the US": the parser may hang a phrase on the date before it;
     * a date says when, so what hangs on it belongs to the trigger.
     */
    private static void pastTheDate(ParsedSentence s, IndexedWord trigger, Map<String, List<IndexedWord>> slots) {
        for (SemanticGraphEdge e : s.graph.outgoingEdgeIterable(trigger)) {
            IndexedWord when = e.getDependent();
            if (!e.getRelation().toString().startsWith("obl") || !"DATE".equals(when.ner())) {
                continue;
            }
            for (SemanticGraphEdge h : s.graph.outgoingEdgeIterable(when)) {
                String rel = h.getRelation().toString();
                if (rel.startsWith("nmod:") && !rel.equals("nmod:poss") && !"DATE".equals(h.getDependent().ner())) {
                    slots.computeIfAbsent(rel.substring(rel.indexOf(':') + 1), k -> new ArrayList<>()).add(h.getDependent());
                }
            }
        }
    }

    /** The verb a trigger hangs on as object, prepositional phrase or complement ("held talks", "paid a visit to"), or null. */
    static IndexedWord verbAbove(ParsedSentence s, IndexedWord trigger) {
        for (SemanticGraphEdge in : s.graph.incomingEdgeIterable(trigger)) {
            String rel = in.getRelation().toString();
            IndexedWord verb = in.getGovernor();
            boolean hangs = rel.equals("obj") || rel.startsWith("obl") || rel.equals("nsubj:pass") || rel.startsWith("xcomp")
                    || rel.startsWith("advcl") || rel.startsWith("nmod");
            if (hangs && verb.tag() != null && verb.tag().startsWith("VB")) {
                return verb;
            }
        }
        return null;
    }

    /**
     * The verb a noun trigger hangs on, whose clause the noun's event shares: its future, hedges
     * and reporting ("will lead to further sales", "hopes for a visit"), or null.
     */
    static IndexedWord nounsVerb(ParsedSentence s, IndexedWord trigger) {
        return trigger.tag() != null && trigger.tag().startsWith("NN") ? verbAbove(s, trigger) : null;
    }

    /** Does the node, or a word qualifying it, name a person, body or state ("Kenyan leader", "Ethiopia's envoy")? */
    static boolean namesSomeone(ParsedSentence s, IndexedWord n, Gazetteer gazetteer) {
        if (s.entity(n).isPresent() || n.tag() != null && n.tag().startsWith("NNP")) {
            return true;
        }
        for (SemanticGraphEdge e : s.graph.outgoingEdgeIterable(n)) {
            String rel = e.getRelation().toString();
            IndexedWord d = e.getDependent();
            if ((rel.equals("amod") || rel.equals("compound") || rel.startsWith("nmod"))
                    && (s.entity(d).isPresent() || NAMING_NER.contains(String.valueOf(d.ner())) || gazetteer.demonym(d.word()).isPresent())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "includes missiles; torpedoes; and radars": the parser hangs the items of a list split by
     * semicolons on the verb as {@code dep}; nouns so hung after its object are objects too.
     */
    private static void listedAfterObject(ParsedSentence s, IndexedWord trigger, Map<String, List<IndexedWord>> slots) {
        List<IndexedWord> objects = slots.get("obj");
        if (objects == null) {
            return;
        }
        int first = objects.stream().mapToInt(IndexedWord::index).min().orElse(Integer.MAX_VALUE);
        for (SemanticGraphEdge e : s.graph.outgoingEdgeIterable(trigger)) {
            IndexedWord d = e.getDependent();
            boolean noun = d.tag() != null && d.tag().startsWith("NN");
            if (e.getRelation().toString().equals("dep") && noun && d.index() > first && !objects.contains(d)) {
                objects.add(d);
            }
        }
    }

    /**
     * The subject and prepositional phrases of the verb a trigger hangs on, where the trigger has
     * none of its own; after a verb of thanks or blame, the one thanked is the trigger's subject
     * ("Ruto thanked Mahama for having visited Kenya": Mahama visited; "Iran was accused of
     * sending drones": Iran sent them).
     */
    private static void borrow(ParsedSentence s, IndexedWord verb, Map<String, List<IndexedWord>> slots) {
        boolean passive = isPassive(s, verb);
        boolean objectDoes = objectDoes(s, verb);
        Map<String, List<IndexedWord>> theirs = new LinkedHashMap<>();
        for (SemanticGraphEdge e : s.graph.outgoingEdgeIterable(verb)) {
            String slot = slotOf(e.getRelation().toString(), passive);
            if (objectDoes && "obj".equals(slot)) {
                theirs.computeIfAbsent("subj", k -> new ArrayList<>()).add(e.getDependent());
            } else if (slot != null && (slot.equals("subj") && !objectDoes || !isNamedSlot(slot))) {
                theirs.computeIfAbsent(slot, k -> new ArrayList<>()).add(e.getDependent());
            }
        }
        theirs.forEach(slots::putIfAbsent);
    }

    /** "thanked Kaboré for visiting", "was accused of supplying": a verb of thanks or blame whose object did what its clause tells. */
    static boolean objectDoes(ParsedSentence s, IndexedWord verb) {
        return !thankedOrBlamed(s, verb).isEmpty();
    }

    /** Those a verb of thanks or blame thanks or blames (its object, or its subject in the passive); none for any other verb. */
    static List<IndexedWord> thankedOrBlamed(ParsedSentence s, IndexedWord verb) {
        return OBJECT_DOES.contains(verb.lemma()) ? s.children(verb, isPassive(s, verb) ? "nsubj:pass" : "obj") : List.of();
    }

    private static boolean isNamedSlot(String slot) {
        return switch (slot) {
            case "subj", "obj", "iobj", "poss", "amod", "compound", "appos" -> true;
            default -> false;
        };
    }

    /** The slot a dependency relation fills, or null. */
    static String slotOf(String rel, boolean passive) {
        if (rel.equals("nsubj") || rel.equals("nsubj:xsubj") || rel.equals("csubj")) {
            return passive ? "obj" : "subj";
        }
        if (rel.equals("nsubj:pass") || rel.equals("nsubj:pass:xsubj")) {
            return "obj";
        }
        if (rel.equals("obl:agent") || passive && rel.equals("obl:by")) {
            return "subj";
        }
        return switch (rel) {
            case "obj" -> "obj";
            case "iobj" -> "iobj";
            case "nmod:poss" -> "poss";
            case "amod" -> "amod";
            case "compound" -> "compound";
            case "appos" -> "appos";
            default -> rel.startsWith("obl:") || rel.startsWith("nmod:") ? rel.substring(rel.indexOf(':') + 1) : null;
        };
    }

    /**
     * Is the verb passive: a participle with a passive auxiliary or subject, or a participle with
     * no auxiliary at all and a "by" phrase ("X, accompanied by Y, arrived"; "arrived, accompanied
     * by Y"), which the parser may hang on X as if X were its subject.
     */
    static boolean isPassive(ParsedSentence s, IndexedWord verb) {
        if (!"VBN".equals(verb.tag())) {
            return false;
        }
        boolean auxiliary = false;
        boolean agent = false;
        for (SemanticGraphEdge e : s.graph.outgoingEdgeIterable(verb)) {
            String rel = e.getRelation().toString();
            if (rel.equals("aux:pass") || rel.equals("nsubj:pass")) {
                return true;
            }
            auxiliary |= rel.equals("aux");
            agent |= rel.equals("obl:agent") || rel.equals("obl:by");
        }
        return agent && !auxiliary;
    }

    /**
     * Who a passive participle without a subject of its own is said of: the noun it modifies
     * ("X, accompanied by Y") or the subject of the clause it is an adjunct of ("X arrived,
     * accompanied by Y").
     */
    private static List<IndexedWord> participleBearer(ParsedSentence s, IndexedWord participle) {
        for (SemanticGraphEdge in : s.graph.incomingEdgeIterable(participle)) {
            String rel = in.getRelation().toString();
            IndexedWord above = in.getGovernor();
            if (rel.startsWith("acl") && !rel.equals("acl:relcl")) {
                return List.of(above);
            }
            if ((rel.startsWith("advcl") || rel.equals("dep")) && above.tag() != null && above.tag().startsWith("VB")) {
                List<IndexedWord> subjects = new ArrayList<>();
                for (SemanticGraphEdge e : s.graph.outgoingEdgeIterable(above)) {
                    String r = e.getRelation().toString();
                    if (r.equals("nsubj") || r.equals("nsubj:pass")) {
                        subjects.add(e.getDependent());
                    }
                }
                return subjects;
            }
        }
        return List.of();
    }
}

package org.w3id.attache.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3id.attache.nlp.Gazetteer;

/**
 * The subject a trigger with none of its own takes from above it: the subject of a clause it
 * hangs on, or the one a copular relative clause describes.
 */
final class SubjectsAbove {

    private static final java.util.Set<String> CLIMB = java.util.Set.of("acl", "xcomp", "advcl", "ccomp", "conj", "obl", "nmod", "obj", "nsubj:pass");

    private SubjectsAbove() {
    }

    /**
     * The subject of the nearest clause above the trigger (up to three steps through clauses,
     * complements and prepositional phrases): "Tokayev said it was a pleasure to visit Beijing",
     * "Lukashenko and Putin smiled as they sat down for talks". A relative clause whose subject is the
     * noun it modifies is said of that noun, so none is found above it ("met ministers who had
     * gathered for talks"); a copular one is about that noun ("Mahama, who is on a visit"). Above a verb
     * of thanks or blame whose object names someone, that one did what the trigger tells.
     */
    static List<IndexedWord> of(ParsedSentence s, IndexedWord trigger, Gazetteer gazetteer) {
        Optional<IndexedWord> relative = copularRelative(s, trigger);
        if (relative.isPresent()) {
            return List.of(relative.get());
        }
        IndexedWord at = trigger;
        for (int step = 0; step < 3; step++) {
            SemanticGraphEdge up = null;
            for (SemanticGraphEdge in : s.graph.incomingEdgeIterable(at)) {
                String rel = in.getRelation().toString();
                String base = rel.contains(":") && !rel.equals("nsubj:pass") ? rel.substring(0, rel.indexOf(':')) : rel;
                if (rel.equals("acl:relcl") && isSubjectOf(s, in.getGovernor(), at)) {
                    return List.of();
                }
                if (CLIMB.contains(base)) {
                    up = in;
                    break;
                }
            }
            if (up == null) {
                return List.of();
            }
            at = up.getGovernor();
            // "Mensah thanked the Togolese President for visiting Ghana": the one thanked visited, not the one thanking
            if (up.getRelation().toString().startsWith("advcl")) {
                List<IndexedWord> named = ArgumentSlots.thankedOrBlamed(s, at).stream()
                        .filter(o -> ArgumentSlots.namesSomeone(s, o, gazetteer)).toList();
                if (!named.isEmpty()) {
                    return named;
                }
            }
            List<IndexedWord> subjects = new ArrayList<>();
            for (SemanticGraphEdge e : s.graph.outgoingEdgeIterable(at)) {
                String rel = e.getRelation().toString();
                if ((rel.equals("nsubj") || rel.equals("nsubj:xsubj")) && s.entity(e.getDependent()).isPresent() && !expletive(s, e.getDependent(), at)) {
                    subjects.add(e.getDependent());
                }
            }
            if (!subjects.isEmpty()) {
                subjects.sort(IndexedWord::compareTo);
                return subjects;
            }
        }
        return List.of();
    }

    /**
     * "Mahama, who is on a visit to Kenya": the one a copular relative clause describes is the
     * subject of the noun it is about, however the parser hung the clause on the name.
     */
    private static Optional<IndexedWord> copularRelative(ParsedSentence s, IndexedWord noun) {
        if (s.children(noun, "cop").isEmpty()) {
            return Optional.empty();
        }
        boolean who = s.children(noun, "nsubj").stream().anyMatch(w -> w.tag() != null && w.tag().startsWith("W"));
        for (SemanticGraphEdge in : s.graph.incomingEdgeIterable(noun)) {
            String rel = in.getRelation().toString();
            if ((rel.equals("acl:relcl") || who && (rel.equals("dep") || rel.equals("appos"))) && s.entity(in.getGovernor()).isPresent()) {
                return Optional.of(in.getGovernor());
            }
        }
        return Optional.empty();
    }

    /** "It was a pleasure to visit Ghana": an "it" that only holds a copula's place stands for no one. */
    private static boolean expletive(ParsedSentence s, IndexedWord subject, IndexedWord predicate) {
        return subject.word().equalsIgnoreCase("it") && !s.children(predicate, "cop").isEmpty();
    }

    /** Is {@code noun} the subject of {@code clause} ("ministers who had gathered": the ministers gathered)? */
    private static boolean isSubjectOf(ParsedSentence s, IndexedWord noun, IndexedWord clause) {
        for (SemanticGraphEdge e : s.graph.outgoingEdgeIterable(clause)) {
            if (e.getRelation().toString().startsWith("nsubj") && e.getDependent().equals(noun)) {
                return true;
            }
        }
        return false;
    }
}

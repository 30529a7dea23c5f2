package org.w3id.attache.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.regex.Pattern;

/** Tells a welcome that receives guests from one that says something, so that only the second is a statement. */
final class GuestWelcomes {
    /** Nouns for those one welcomes as guests: {@code GUESTS} of {@code rules/macros.tsv}. */
    private static final Pattern GUESTS = Pattern.compile(RuleBook.macros().get("GUESTS"));

    /**
     * "Boluarte welcomed Ruto at the palace", "welcomed fellow leaders": welcoming someone, with
     * no words reported, receives a guest; it says nothing ("welcomed the decision" does, and so
     * does "welcomed him, stressing that …").
     */
    static boolean receivesGuests(ParsedSentence s, IndexedWord verb) {
        if (!"welcome".equals(verb.lemma())) {
            return false;
        }
        boolean guest = false;
        for (SemanticGraphEdge e : s.graph.outgoingEdgeIterable(verb)) {
            String rel = e.getRelation().toString();
            if (rel.equals("ccomp") || rel.startsWith("parataxis") || rel.equals("xcomp")
                    || (rel.startsWith("advcl") || rel.equals("dep")) && "VBG".equals(e.getDependent().tag())) {
                return false;
            }
            IndexedWord o = e.getDependent();
            guest |= rel.equals("obj") && (s.entity(o).filter(x -> x.type().isAgent()).isPresent() || "TITLE".equals(o.ner())
                    || o.lemma() != null && GUESTS.matcher(o.lemma()).matches());
        }
        return guest;
    }

    private GuestWelcomes() {
    }
}

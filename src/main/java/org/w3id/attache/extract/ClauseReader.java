package org.w3id.attache.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.w3id.attache.nlp.Entity;

/**
 * Reads the factuality of the clause a fact's trigger stands in: hedges ("reportedly", "is said
 * to", "accused of"), attribution to a named source ("the ministry said"), negation, future and
 * plans, and whether the clause is told in the past perfect.
 */
final class ClauseReader {
    private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "would");
    private static final Set<String> PLAN_LEMMAS = Set.of("plan", "intend", "aim", "prepare", "expect", "hope", "seek", "want", "propose", "offer", "pledge", "promise", "invite", "agree",
            "consider", "mull", "weigh");
    /** Verbs of remembering: what they take is an event of the past, told in passing. */
    private static final Set<String> RECOLLECTION_LEMMAS = Set.of("recall", "remember", "recollect", "reminisce");
    /** Verbs that ask someone else to act: what follows them is a request ("urged Arevalo to visit Ottawa", "invited Xi to visit"). */
    private static final Set<String> REQUEST_LEMMAS = Set.of("ask", "urge", "request", "press", "encourage", "call", "beg", "implore", "invite");
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");

    private final RuleBook rules;

    ClauseReader(RuleBook rules) {
        this.rules = rules;
    }

    /** Factuality cues found on the trigger's clause. */
    record Clause(String certainty, String hedge, boolean hedged, boolean negated, boolean future, Entity source, boolean flashback,
                  boolean requested, boolean open) {
    }

    /** What the cues of a clause add up to, gathered while walking it. */
    private static final class Factuality {
        private static final List<String> ORDER = List.of("certain", "probable", "possible");
        String certainty = "certain";
        String hedge = "";
        boolean hedged;
        boolean negated;
        boolean future;
        boolean requested;
        Entity source;

        /** The text itself qualifies the claim: "reportedly", "is said to", "accused of". */
        void hedge(String cue, String level) {
            weaken(cue, level);
            hedged = true;
        }

        /** Someone else's words: "X said", "according to X". A named source is attribution, not a hedge. */
        void report(String cue, Optional<Entity> speaker) {
            weaken(cue, "probable");
            if (speaker.isPresent()) {
                source = speaker.get();
            } else {
                hedged = true;
            }
        }

        private void weaken(String cue, String level) {
            if (ORDER.indexOf(level) > ORDER.indexOf(certainty)) {
                certainty = level;
            }
            if (hedge.isEmpty()) {
                hedge = cue;
            }
        }
    }

    /** The factuality of the clause a trigger stands in. */
    Clause read(ParsedSentence s, IndexedWord trigger) {
        return read(s, trigger, null);
    }

    /**
     * The factuality of the clause a trigger stands in, read also from a frame word the rule
     * names where the parse does not link it as a clause ("accused Minsk of shipping rifles":
     * "shipping" modifies "rifles", yet "accused" hedges it).
     */
    Clause read(ParsedSentence s, IndexedWord trigger, IndexedWord frame) {
        Factuality f = new Factuality();
        List<IndexedWord> chain = clauseChain(s, trigger, f);
        if (frame != null && !chain.contains(frame)) {
            chain.addAll(clauseChain(s, frame, f));
        }
        for (IndexedWord node : chain) {
            cues(s, node, node == trigger, f);
        }
        f.negated |= prevented(s, trigger);
        boolean flashback = false;
        for (IndexedWord aux : s.children(trigger, "aux")) {
            flashback |= aux.word().equalsIgnoreCase("had") && "VBN".equals(trigger.tag());
        }
        // "revive an agreement signed in 2001": a participle describing a noun tells its past, not the story's time
        for (SemanticGraphEdge in : s.graph.incomingEdgeIterable(trigger)) {
            flashback |= "VBN".equals(trigger.tag()) && in.getRelation().toString().equals("acl");
        }
        // "Lai recalled attending the inauguration last year": what someone recalls is past the story's time
        flashback |= chain.stream().anyMatch(n -> n != trigger && recollects(n));
        return new Clause(f.certainty, f.hedge, f.hedged, f.negated, f.future, f.source, flashback, f.requested, open(s, chain));
    }

    /**
     * The trigger and the clauses above it, up to the sentence's main clause: reported ("X
     * said that …"), raised ("is said to …", "plans to …") and coordinated clauses.
     */
    private List<IndexedWord> clauseChain(ParsedSentence s, IndexedWord trigger, Factuality f) {
        List<IndexedWord> chain = new ArrayList<>();
        chain.add(trigger);
        IndexedWord up = trigger;
        Set<IndexedWord> seen = new HashSet<>();
        while (up != null && seen.add(up)) {
            SemanticGraphEdge e = clauseLink(s, up);
            if (e == null) {
                break;
            }
            String rel = e.getRelation().toString();
            IndexedWord gov = e.getGovernor();
            boolean reported = rel.equals("ccomp") || rel.startsWith("parataxis");
            boolean raised = rel.startsWith("xcomp") || rel.startsWith("conj") || rel.startsWith("acl") || rel.startsWith("advcl");
            // "The jets, Francisco said, will arrive": an inserted "said" hangs from its own words, which do not frame it
            if (!reported && !raised || rel.startsWith("parataxis") && up.lemma() != null && rules.isReportingVerb(up.lemma())
                    || saysItsOwnWords(s, up, gov, rel)) {
                break;
            }
            if (reported && gov.lemma() != null && rules.isReportingVerb(gov.lemma())) {
                f.report(gov.word(), subjectOf(s, gov));
            }
            if (rel.startsWith("xcomp") && gov.lemma() != null && isPassive(s, gov)
                    && (rules.isReportingVerb(gov.lemma()) || rules.hedge(gov.word()) != null)) {
                f.hedge(gov.word(), "probable");
            }
            // "plans to visit" is future; "promised aid and said …" makes "said" no promise
            if (PLAN_LEMMAS.contains(gov.lemma()) && !rel.startsWith("conj")) {
                f.future = true;
            }
            // "asked Carney to meet Arevalo": someone else's wish, not the actor's plan
            f.requested |= REQUEST_LEMMAS.contains(gov.lemma()) && rel.startsWith("xcomp");
            chain.add(gov);
            up = gov;
        }
        return chain;
    }

    /**
     * "… we will have a lot to settle," Mr Kagame said: a reporting verb with a subject of its own,
     * after words the parser hangs it from by a complement, reports those words and is not framed
     * by them (their "will" does not make the saying future).
     */
    private boolean saysItsOwnWords(ParsedSentence s, IndexedWord verb, IndexedWord gov, String rel) {
        return (rel.equals("ccomp") || rel.equals("dep")) && verb.index() > gov.index()
                && verb.lemma() != null && rules.isReportingVerb(verb.lemma())
                && (gov.lemma() == null || !rules.isReportingVerb(gov.lemma()))
                && !s.children(verb, "nsubj").isEmpty();
    }

    /** A date or a proper noun: "May" the month, never "may" the modal. */
    private static boolean isName(IndexedWord w) {
        return "DATE".equals(w.ner()) || w.tag() != null && w.tag().startsWith("NNP");
    }

    /** Is the word a verb of remembering ("recalled", "remembers")? */
    static boolean recollects(IndexedWord w) {
        return w.lemma() != null && RECOLLECTION_LEMMAS.contains(w.lemma().toLowerCase(Locale.ROOT));
    }

    /** Hedges, negation, future, reporting and sources found on one clause of the chain. */
    private void cues(ParsedSentence s, IndexedWord node, boolean isTrigger, Factuality f) {
        // "in May, where he visited": a month the parser hangs a clause on is no modal
        RuleBook.Hedge verbHedge = isTrigger || node.lemma() == null || isName(node) ? null : rules.hedge(node.lemma());
        if (verbHedge != null) {
            f.hedge(node.word(), verbHedge.certainty());
        }
        for (SemanticGraphEdge e : s.graph.outgoingEdgeIterable(node)) {
            IndexedWord d = e.getDependent();
            String rel = e.getRelation().toString();
            String w = d.word().toLowerCase();
            boolean name = isName(d);
            RuleBook.Hedge h = name ? null : rules.hedge(w) != null ? rules.hedge(w) : d.lemma() == null ? null : rules.hedge(d.lemma().toLowerCase());
            // "a possible visit": an adjective hedges the noun it describes
            boolean describes = isTrigger && rel.equals("amod");
            if (h != null && (rel.equals("advmod") || rel.startsWith("aux") || rel.startsWith("obl") || rel.equals("case") || describes)) {
                f.hedge(d.word(), h.certainty());
            }
            if (isTrigger && (rel.equals("advmod") || rel.equals("neg") || rel.equals("det") && w.equals("no")) && NEGATORS.contains(w)) {
                f.negated = true;
            }
            // "neither confirmed nor denied": both verbs are denied
            if (isTrigger && (rel.equals("cc:preconj") && w.equals("neither") || rel.equals("cc") && w.equals("nor"))) {
                f.negated = true;
            }
            if (isTrigger && rel.startsWith("nsubj")) {
                for (IndexedWord det : s.children(d, "det")) {
                    f.negated |= det.word().equalsIgnoreCase("no");
                }
            }
            if (rel.startsWith("aux") && FUTURE_AUX.contains(w)) {
                f.future = true;
            }
            if (rel.startsWith("parataxis") && d.lemma() != null && rules.isReportingVerb(d.lemma())) {
                f.report(d.word(), subjectOf(s, d));
            }
            if (rel.equals("obl:according_to")) {
                f.report("according to", s.entity(d));
            }
        }
    }

    /**
     * Is the clause an open question or a condition, which states nothing: "asked whether they
     * would sign", "if Russia delivers the jets", or a sentence that asks ("Will they sign a pact?")?
     */
    private static boolean open(ParsedSentence s, List<IndexedWord> chain) {
        List<edu.stanford.nlp.ling.CoreLabel> tokens = s.doc.tokens(s.index);
        if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).word().equals("?")) {
            return true;
        }
        return chain.stream().anyMatch(node -> s.children(node, "mark").stream()
                .anyMatch(m -> m.word().equalsIgnoreCase("whether") || m.word().equalsIgnoreCase("if")));
    }

    /**
     * Is the trigger what a preventing verb keeps from happening: its object ("blocked sales"), its
     * passive subject ("the sale was vetoed"), its infinitive or gerund ("refused to sell",
     * "stopped supplying"), what a ban is on, what is withdrawn from ("withdrew from the treaty"),
     * or what a rejected proposal is for? Or is it named again later in the sentence as "the" or
     * "his" same thing, and that kept from happening ("was to pay a visit to Lima, but his visit
     * was cancelled")?
     */
    private boolean prevented(ParsedSentence s, IndexedWord trigger) {
        if (preventedHere(s, trigger)) {
            return true;
        }
        boolean noun = trigger.tag() != null && trigger.tag().startsWith("NN") && trigger.lemma() != null;
        return noun && s.graph.vertexSet().stream().anyMatch(again -> again.index() > trigger.index() && trigger.lemma().equals(again.lemma())
                && s.graph.getChildren(again).stream().anyMatch(d -> d.word().matches("(?i)the|this|his|her|its|their"))
                && preventedHere(s, again));
    }

    private boolean preventedHere(ParsedSentence s, IndexedWord trigger) {
        for (SemanticGraphEdge e : s.graph.incomingEdgeIterable(trigger)) {
            String rel = e.getRelation().toString();
            if (preventing(s, e.getGovernor())
                    && (rel.equals("obj") || rel.startsWith("nsubj:pass") || rel.startsWith("xcomp") || rel.equals("nmod:on") || rel.equals("obl:from"))) {
                return true;
            }
            // "rejected a proposal for an agreement": what the prevented request or plan is for
            boolean noun = trigger.tag() != null && trigger.tag().startsWith("NN");
            if (noun && (rel.equals("nmod:for") || rel.equals("nmod:of")) && s.graph.incomingEdgeList(e.getGovernor()).stream()
                    .anyMatch(up -> up.getRelation().toString().equals("obj") && preventing(s, up.getGovernor()))) {
                return true;
            }
            // "failed to reach an agreement": the verb the noun is done with is what is kept from happening
            if (rel.equals("obj") && trigger.tag() != null && trigger.tag().startsWith("NN") && preventedHere(s, e.getGovernor())) {
                return true;
            }
        }
        return false;
    }

    /** Is the verb a preventing one, alone ("cancelled") or with its particle ("called off")? */
    private boolean preventing(ParsedSentence s, IndexedWord verb) {
        String lemma = verb.lemma();
        if (lemma == null) {
            return false;
        }
        return rules.isPreventingVerb(lemma) || s.children(verb, "compound:prt").stream()
                .anyMatch(particle -> rules.isPreventingVerb(lemma + " " + particle.word().toLowerCase(Locale.ROOT)));
    }

    /** Who says it: the reporting verb's subject, or for a participle ("took to X, stating that …") the subject of the verb it hangs on. */
    private static Optional<Entity> subjectOf(ParsedSentence s, IndexedWord verb) {
        for (IndexedWord subj : s.children(verb, "nsubj")) {
            Optional<Entity> e = s.entity(subj);
            if (e.isPresent()) {
                return e;
            }
        }
        if ("VBG".equals(verb.tag())) {
            for (SemanticGraphEdge in : s.graph.incomingEdgeIterable(verb)) {
                String rel = in.getRelation().toString();
                if ((rel.startsWith("advcl") || rel.equals("dep")) && !in.getGovernor().equals(verb)) {
                    return subjectOf(s, in.getGovernor());
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isPassive(ParsedSentence s, IndexedWord verb) {
        for (SemanticGraphEdge e : s.graph.outgoingEdgeIterable(verb)) {
            String rel = e.getRelation().toString();
            if (rel.equals("aux:pass") || rel.startsWith("nsubj:pass")) {
                return true;
            }
        }
        return false;
    }

    /** The edge that ties a clause to the clause above it (not a subject or modifier edge). */
    private static SemanticGraphEdge clauseLink(ParsedSentence s, IndexedWord node) {
        SemanticGraphEdge first = null;
        for (SemanticGraphEdge e : s.graph.incomingEdgeIterable(node)) {
            String rel = e.getRelation().toString();
            if (rel.equals("ccomp") || rel.startsWith("xcomp") || rel.startsWith("conj") || rel.startsWith("acl") || rel.startsWith("advcl")
                    || rel.startsWith("parataxis")) {
                return e;
            }
            if (first == null) {
                first = e;
            }
        }
        return first;
    }
}

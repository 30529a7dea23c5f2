package org.w3id.attache.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3id.attache.nlp.Entity;
import org.w3id.attache.nlp.EntityType;
import org.w3id.attache.nlp.Gazetteer;
import org.w3id.attache.nlp.Mention;

/**
 * Candidate facts for recall: every trigger of {@link TriggerLexicon} in a sentence, with the
 * actors its slots hold (and, where a role the type needs is left open, the actors of its
 * context, {@link OpenRoles}), becomes a candidate of each type the trigger can signal, checked by
 * {@link FactBuilder} and dated like any fact. Whether a candidate is kept is for the scorer.
 */
final class CandidateGenerator {
    private static final int MAX_COMBINATIONS = 8;
    /** Roles only a person (or a delegation) fills: a place the parser took for their subject sends us up a clause. */
    private static final Set<String> PERSONAL_ROLES = Set.of("visitor", "attendee", "participant", "leader", "member");
    /** Sides of a supply or a cooperation, which a state may take through what it owns. */
    private static final Set<String> SIDE_ROLES = Set.of("supplier", "recipient", "party", "counterparty");
    /** Roles a delegation fills through its head ({@link DelegationHeads}). */
    private static final Set<String> HEADED_ROLES = Set.of("visitor", "attendee", "participant", "counterpart");

    private final TriggerLexicon lexicon;
    private final Gazetteer gazetteer;
    private final ClauseReader clauses;
    private final DomainWords domains;
    private final CandidateFeatures features;
    private final PostCandidates posts;
    private final OwnCountries ownCountries;
    private final OpenRoles openRoles;
    private final AgreementsNamedAgain agreementsNamedAgain;
    private final RuleBook rules;

    CandidateGenerator(TriggerLexicon lexicon, RuleBook rules, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.clauses = new ClauseReader(rules);
        this.domains = new DomainWords(rules);
        this.features = new CandidateFeatures(gazetteer, domains);
        this.posts = new PostCandidates(gazetteer, clauses, features);
        this.ownCountries = new OwnCountries(gazetteer);
        this.openRoles = new OpenRoles(gazetteer);
        this.agreementsNamedAgain = new AgreementsNamedAgain(gazetteer);
        this.rules = rules;
    }

    /** The candidates of one sentence; {@code ruleFacts} are what the rules found in it, for the features. */
    List<Candidate> generate(ParsedSentence s, StoryTime storyDate, StorySoFar story, List<Fact> ruleFacts) {
        List<Candidate> out = new ArrayList<>();
        for (IndexedWord node : s.graph.vertexListSorted()) {
            if (node.lemma() == null || node.tag() == null || notAnEvent(s, node)) {
                continue;
            }
            List<TriggerLexicon.Sense> senses = lexicon.senses(node.lemma(), node.tag()).stream()
                    .filter(sense -> sense.dependent().isEmpty() || hasChild(s, node, sense.dependent())).toList();
            if (senses.isEmpty()) {
                continue;
            }
            Map<String, List<IndexedWord>> slots = ArgumentSlots.of(s, node);
            for (TriggerLexicon.Sense sense : senses) {
                out.addAll(fromSense(s, node, sense, slots, storyDate, story, ruleFacts));
            }
        }
        out.addAll(posts.generate(s, ruleFacts));
        return out;
    }

    /**
     * A trigger word that is part of a name ("the Defense Security Cooperation Agency", "the
     * Shanghai Cooperation Organisation") or a noun that only qualifies another ("4 exercise
     * missiles", "the visit programme") tells of no event.
     */
    private static boolean notAnEvent(ParsedSentence s, IndexedWord node) {
        if (s.mention(node).isPresent()) {
            return true;
        }
        return node.tag().startsWith("NN") && s.graph.incomingEdgeList(node).stream()
                .anyMatch(e -> e.getRelation().toString().equals("compound") && e.getGovernor().tag() != null && e.getGovernor().tag().startsWith("NN"));
    }

    private static boolean hasChild(ParsedSentence s, IndexedWord node, String lemma) {
        return s.graph.getChildren(node).stream().anyMatch(c -> lemma.equalsIgnoreCase(c.lemma()));
    }

    private List<Candidate> fromSense(ParsedSentence s, IndexedWord trigger, TriggerLexicon.Sense sense, Map<String, List<IndexedWord>> slots,
                                      StoryTime storyDate, StorySoFar story, List<Fact> ruleFacts) {
        FactType type = sense.type();
        if (type == FactType.DELEGATION && subjectIsNoParty(s, slots.getOrDefault("subj", List.of())) || type == FactType.MEETING && attended(s, trigger)) {
            return List.of();
        }
        Map<String, List<Filler>> fill = new LinkedHashMap<>();
        Set<String> spoken = new HashSet<>();
        Set<String> groups = new HashSet<>();
        sense.slots().forEach((slot, role) -> {
            for (IndexedWord n : slots.getOrDefault(slot, List.of())) {
                if (ArgumentSlots.namesSomeone(s, n, gazetteer)) {
                    spoken.add(role);
                }
                if (SidesInWords.unnamedStates(s, n, role)) {
                    groups.add(role);
                }
                Optional<Filler> own = filler(s, trigger, n, slot, role);
                List<Filler> found = new ArrayList<>(own.map(List::of).orElseGet(() -> SidesInWords.statesOfGroup(s, trigger, n, slot, role)));
                for (IndexedWord named : own.isPresent() && PERSONAL_ROLES.contains(role) ? ListedNames.under(s, n) : List.<IndexedWord>of()) {
                    filler(s, trigger, named, slot, role).filter(f -> found.stream().noneMatch(g -> g.entity().equals(f.entity()))).ifPresent(found::add);
                }
                found.forEach(f -> fill.computeIfAbsent(role, r -> new ArrayList<>()).add(f));
            }
        });
        String subjectRole = sense.slots().get("subj");
        boolean personal = subjectRole != null && PERSONAL_ROLES.contains(subjectRole);
        boolean noPerson = personal && fill.getOrDefault(subjectRole, List.of()).stream()
                .noneMatch(f -> f.entity() != null && (f.entity().type() == EntityType.PERSON || f.entity().type() == EntityType.GROUP));
        // "what she has been told by aides": the one a passive report is told to is no speaker
        boolean toldTo = "speaker".equals(subjectRole) && ArgumentSlots.isPassive(s, trigger);
        if (subjectRole != null && (!fill.containsKey(subjectRole) || noPerson) && !toldTo) {
            for (IndexedWord n : SubjectsAbove.of(s, trigger, gazetteer)) {
                filler(s, trigger, n, "subj-above", subjectRole).ifPresent(f -> fill.computeIfAbsent(subjectRole, r -> new ArrayList<>()).add(f));
            }
        }
        if (SymmetricSides.onTheObject(s, trigger, slots, type, fill, gazetteer)) {
            return List.of();
        }
        SymmetricSides.pairUp(type, fill);
        if (type == FactType.SUPPLY && !fill.containsKey("supplier")) {
            SidesInWords.makerOfItem(s, trigger, sense, slots).ifPresent(f -> fill.put("supplier", List.of(f)));
        }
        openRoles.fill(s, trigger, type, fill, spoken, groups, story);
        if (!type.required().stream().allMatch(fill::containsKey)) {
            return List.of();
        }
        Rule rule = Rule.generated("candidate." + type.id() + "." + sense.head().replace(' ', '-'), type, sense.settings(), sense.origin());
        ClauseReader.Clause clause = clauses.read(s, trigger, ArgumentSlots.nounsVerb(s, trigger));
        String date = FactDating.of(type, s, trigger, storyDate, clause);
        FactBuilder builder = new FactBuilder(gazetteer, s.doc);
        List<Candidate> out = new ArrayList<>();
        for (Map<String, Filler> combo : combinations(fill)) {
            for (Map<String, String> values : values(s, trigger, type, sense, combo, story)) {
                Map<String, List<Entity>> roles = new LinkedHashMap<>();
                combo.forEach((role, f) -> {
                    if (f.entity() != null) {
                        roles.put(role, List.of(f.entity()));
                    }
                });
                Fact fact = builder.complete(rule, s.index, roles, new LinkedHashMap<>(values), date, clause);
                if (fact != null) {
                    out.add(new Candidate(fact, features.of(s, trigger, sense, combo, fact, clause, ruleFacts)));
                }
            }
        }
        return out;
    }

    /**
     * "The talks included X", "the plane arrived with X": a subject the sentence states that is no
     * one, no pronoun and no delegation is what includes or comes, so no leader is borrowed from
     * the story.
     */
    private boolean subjectIsNoParty(ParsedSentence s, List<IndexedWord> subjects) {
        return !subjects.isEmpty() && subjects.stream().noneMatch(n -> ArgumentSlots.namesSomeone(s, n, gazetteer)
                || n.tag() != null && (n.tag().startsWith("PRP") || n.tag().startsWith("W"))
                || lexicon.senses(n.lemma() == null ? "" : n.lemma(), n.tag()).stream().anyMatch(x -> x.type() == FactType.DELEGATION));
    }

    /**
     * "A, B and C attended the BRICS meeting": a meeting people attend or address is a gathering,
     * not a meeting of each of them with the others.
     */
    private static boolean attended(ParsedSentence s, IndexedWord trigger) {
        IndexedWord verb = trigger.tag() != null && trigger.tag().startsWith("NN") ? ArgumentSlots.verbAbove(s, trigger) : null;
        return verb != null && verb.lemma() != null && verb.lemma().matches("attend|address|chair|join");
    }

    /** The entity, event or item a slot's node gives a role, if any. */
    private Optional<Filler> filler(ParsedSentence s, IndexedWord trigger, IndexedWord n, String slot, String role) {
        int distance = Math.abs(n.index() - trigger.index());
        if (role.equals("item")) {
            if (!SuppliedThings.isItem(s, n)) {
                return Optional.empty();
            }
            String text = SuppliedThings.text(s, n, List.of(trigger));
            return text.isBlank() ? Optional.empty() : Optional.of(new Filler(null, text, slot, "", distance));
        }
        if (role.equals("event")) {
            if (!lexicon.isEventNoun(n.lemma())) {
                return Optional.empty();
            }
            Entity event = Entity.unlisted(EntityType.EVENT, RoleReader.eventLabel(s, n));
            return Optional.of(new Filler(event, "", slot, "event", distance));
        }
        if (role.equals("speaker") && (s.quotedApartFrom(n, trigger) || s.quoted(trigger) || s.unnamedOfficials(n))) {
            return Optional.empty();
        }
        // "visited Rwandan troops": whose troops they are is no place they went to
        if (role.equals("destination") && s.onlyWhose(n, trigger)) {
            return Optional.empty();
        }
        Optional<IndexedWord> head = HEADED_ROLES.contains(role) ? DelegationHeads.headOf(s, n) : Optional.empty();
        if (head.isPresent() && !head.get().equals(n)) {
            return filler(s, trigger, head.get(), slot, role);
        }
        Optional<Entity> own = ownCountries.of(s, n);
        if (own.isPresent()) {
            return Optional.of(new Filler(own.get(), "", slot, "descriptor", distance));
        }
        Optional<Mention> m = s.mention(n);
        Optional<Filler> named = s.entity(n).map(e -> new Filler(e, "", slot, m.map(x -> x.kind().name().toLowerCase(Locale.ROOT)).orElse("appos"), distance));
        return named.isPresent() || !SIDE_ROLES.contains(role) ? named
                : OwnCountries.owningState(s, n).map(e -> new Filler(e, "", slot, "owner", distance));
    }

    /** Every choice of one filler per role, at most {@link #MAX_COMBINATIONS}. */
    private static List<Map<String, Filler>> combinations(Map<String, List<Filler>> fill) {
        List<Map<String, Filler>> out = new ArrayList<>();
        out.add(new LinkedHashMap<>());
        for (Map.Entry<String, List<Filler>> e : fill.entrySet()) {
            List<Map<String, Filler>> next = new ArrayList<>();
            for (Map<String, Filler> partial : out) {
                for (Filler f : e.getValue()) {
                    if (next.size() >= MAX_COMBINATIONS) {
                        break;
                    }
                    Map<String, Filler> m = new LinkedHashMap<>(partial);
                    m.put(e.getKey(), f);
                    next.add(m);
                }
            }
            out = next;
        }
        return out;
    }

    /** The attribute values of a candidate; a cooperation gets one set per domain its words name. */
    private List<Map<String, String>> values(ParsedSentence s, IndexedWord trigger, FactType type, TriggerLexicon.Sense sense, Map<String, Filler> combo,
                                             StorySoFar story) {
        Map<String, String> base = new LinkedHashMap<>(sense.settings());
        switch (type) {
            case SUPPLY -> base.put("item", combo.get("item").text());
            case STATEMENT -> {
                if (GuestWelcomes.receivesGuests(s, trigger)) {
                    return List.of();
                }
                content(s, trigger).ifPresent(c -> base.put("content", c));
            }
            case COOPERATION -> {
                if ("signed".equals(base.get("status")) && talkedAbout(s, trigger)) {
                    base.put("status", "discussed");
                }
                List<Map<String, String>> out = new ArrayList<>();
                List<String> found = agreementsNamedAgain.domain(s, trigger, combo, story).map(List::of).orElseGet(() -> domains.in(s, trigger));
                if (found.isEmpty()) {
                    found = domains.in(s, s.graph.getFirstRoot());
                }
                if (found.isEmpty()) {
                    found = List.of("diplomatic");
                }
                for (String d : found) {
                    Map<String, String> v = new LinkedHashMap<>(base);
                    v.put("domain", d);
                    out.add(v);
                }
                return out;
            }
            default -> { }
        }
        return List.of(base);
    }

    /** "Proposed an agreement", "negotiating a deal": a document a talking verb governs is not yet signed ({@code rules/talking-verbs.tsv}). */
    private boolean talkedAbout(ParsedSentence s, IndexedWord document) {
        IndexedWord verb = document.tag() != null && document.tag().startsWith("NN") ? ArgumentSlots.verbAbove(s, document) : null;
        return verb != null && verb.lemma() != null && rules.isTalkingVerb(verb.lemma());
    }

    /** What was said: the clause the verb reports ("said that …", "said the talks went well"), else its object. */
    private static Optional<String> content(ParsedSentence s, IndexedWord verb) {
        for (SemanticGraphEdge e : s.graph.outgoingEdgeIterable(verb)) {
            String rel = e.getRelation().toString();
            if (rel.equals("ccomp") || rel.startsWith("parataxis") || rel.equals("xcomp")) {
                return Optional.of(s.subtree(e.getDependent()));
            }
        }
        for (SemanticGraphEdge e : s.graph.outgoingEdgeIterable(verb)) {
            if (e.getRelation().toString().equals("obj")) {
                return Optional.of(s.predicate(verb));
            }
        }
        return Optional.empty();
    }
}

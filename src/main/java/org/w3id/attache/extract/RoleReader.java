package org.w3id.attache.extract;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3id.attache.nlp.Entity;
import org.w3id.attache.nlp.EntityType;
import org.w3id.attache.nlp.Gazetteer;

/**
 * Turns one rule match into facts: each named node read as its role (an entity, a title, an
 * item, a domain, an event), roles the sentence leaves open filled from context, the clause's
 * factuality and the fact's date, then checked by {@link FactBuilder}.
 */
final class RoleReader {

    /** Nouns for a travelling party: {@code ENTOURAGE} of {@code rules/macros.tsv}, as the delegation rules use it. */
    private static final java.util.regex.Pattern ENTOURAGE = java.util.regex.Pattern.compile(RuleBook.macros().get("ENTOURAGE"));
    /** "A two-day summit", "the annual forum": how long or how often an event runs is no part of its name. */
    private static final String LENGTH_OF_EVENT = "^(?i)((one|two|three|four|five|six|seven|eight|nine|ten|\\d+)-(day|week)|annual|week-?long)\\s+";

    /** The longest event name taken with its "of" phrase, in words. */
    private static final int EVENT_NAME_WORDS = 12;

    private final Gazetteer gazetteer;
    private final ClauseReader clauses;
    private final ContextRoles context;
    private final OpenSupplySides supplySides;
    private final DomainWords domainWords;
    private final PostReading posts;
    private final EventsTold events;
    private final HomeStates homes;

    RoleReader(RuleBook rules, TriggerLexicon lexicon, Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.events = new EventsTold(lexicon, rules);
        this.clauses = new ClauseReader(rules);
        this.context = new ContextRoles(gazetteer);
        this.supplySides = new OpenSupplySides(context);
        this.domainWords = new DomainWords(rules);
        this.posts = new PostReading(gazetteer);
        this.homes = new HomeStates(gazetteer);
    }

    List<Fact> build(Rule rule, ParsedSentence s, Map<String, IndexedWord> m, StoryTime storyDate, StorySoFar story) {
        IndexedWord trigger = m.get("trigger") != null ? m.get("trigger") : m.get("title");
        if (trigger == null || m.containsKey("speaker") && (s.quotedApartFrom(m.get("speaker"), trigger) || s.quoted(trigger) || s.unnamedOfficials(m.get("speaker")))) {
            return List.of();
        }
        Map<String, List<Entity>> roles = new LinkedHashMap<>();
        Map<String, String> values = new LinkedHashMap<>(rule.settings());
        values.remove("date");
        for (Map.Entry<String, IndexedWord> entry : m.entrySet()) {
            String name = entry.getKey();
            IndexedWord node = entry.getValue();
            switch (name) {
                case "trigger", "frame" -> { }
                case "title" -> {
                    values.put("title", posts.titleText(s, node));
                    posts.postOrganisation(s, node).or(() -> m.containsKey("holder") ? PostReading.holderOf(s, m.get("holder")) : Optional.empty())
                            .ifPresent(o -> roles.putIfAbsent("organisation", List.of(o)));
                    if (PostReading.saidThen(s, node)) {
                        values.put("status", "former");
                    }
                }
                case "item" -> {
                    if (SuppliedThings.isItem(s, node)) {
                        values.put("item", SuppliedThings.text(s, node, otherNodes(m, node)));
                    }
                }
                case "topic", "content" -> values.put(name, s.subtree(node));
                case "domain" -> {
                    String d = domainWords.of(node.word());
                    if (d == null && node.lemma() != null) {
                        d = domainWords.of(node.lemma());
                    }
                    if (d != null) {
                        values.put("domain", d);
                    }
                }
                case "event" -> roles.put("event", List.of(Entity.unlisted(EntityType.EVENT, eventLabel(s, node))));
                case "ministry" -> values.put("title", s.phrase(node).replaceFirst("^(?i)(the)\\s+", "").replaceAll("(?i)ministry$", "minister"));
                case "doc" -> {
                    domainWords.in(s, node).stream().findFirst().ifPresent(d -> values.putIfAbsent("domain", d));
                    signedWith(s, node).ifPresent(st -> roles.putIfAbsent("counterparty", List.of(st)));
                    List<Entity> between = signedBetween(s, node, trigger);
                    if (between.size() == 2) {
                        roles.put("party", List.of(between.get(0)));
                        roles.put("counterparty", List.of(between.get(1)));
                    }
                }
                // "visited Ghanaian peacekeepers": whose they are is no place anyone went to
                case "destination" -> s.entity(node).filter(e -> !s.onlyWhose(node, trigger)).ifPresent(e -> roles.put(name, List.of(e)));
                default -> s.entity(node).ifPresent(e -> roles.put(name, List.of(e)));
            }
        }
        if ("predicate".equals(values.get("content"))) {
            values.put("content", s.predicate(trigger));
        }
        if ("clause".equals(rule.settings().get("content")) && m.get("content") != null) {
            values.put("content", s.clauseWithout(m.get("content"), m.get("speaker")));
        }
        if ("before".equals(rule.settings().get("content")) && m.get("content") != null) {
            values.put("content", s.wordsBefore(trigger));
        }
        if (rule.type() == FactType.STATEMENT && values.containsKey("content")) {
            String quote = s.quote(trigger, values.get("content"));
            if (!quote.isEmpty()) {
                values.put("quote", quote);
            }
        }
        if (rule.type() == FactType.STATEMENT && !roles.containsKey("medium")) {
            ContextRoles.outletSaidIn(s, trigger).ifPresent(o -> roles.put("medium", List.of(o)));
        }
        if (rule.type() == FactType.DELEGATION && !roles.containsKey("leader")) {
            story.lastVisitor().filter(v -> ofDelegationsState(s, trigger, v, story)).ifPresent(v -> roles.put("leader", List.of(v)));
        }
        if ("context".equals(values.remove("event")) && !roles.containsKey("event")) {
            story.lastEvent().or(() -> events.lastBefore(s, trigger)).ifPresent(e -> roles.put("event", List.of(e)));
        }
        if (rule.type() == FactType.COOPERATION && !roles.containsKey("party")) {
            // the one acting stands for their state; a person the gazetteer does not place, for the state of their post in the article
            context.clauseAgent(s, trigger)
                    .flatMap(p -> context.stateOf(p) != null ? Optional.of(p) : p.type() == EntityType.PERSON ? homes.of(p, story.facts()) : Optional.empty())
                    .ifPresent(p -> roles.put("party", List.of(p)));
        }
        if ("context".equals(rule.settings().get("parties"))) {
            List<Entity> told = story.lastParties(homes, s.index);
            List<Entity> pair = ContextRoles.bothSidesSubject(s, trigger) && told.size() == 2 && !roles.containsKey("party")
                    ? told
                    : context.statesInContext(s, roles.containsKey("party") ? context.stateOf(roles.get("party").get(0)) : null);
            if (!roles.containsKey("party") && pair.size() >= 2) {
                roles.put("party", List.of(pair.get(0)));
                pair = pair.subList(1, pair.size());
            }
            if (!roles.containsKey("counterparty") && !pair.isEmpty()) {
                roles.put("counterparty", List.of(pair.get(0)));
            }
        }
        values.remove("parties");
        if ("dateline".equals(values.remove("destination")) && !roles.containsKey("destination")) {
            // "NEW DELHI — Lavrov, who had flown in on Sunday, …": arrived where the story was filed
            gazetteer.entity(org.w3id.attache.nlp.Dateline.place(s.doc.article().body()))
                    .filter(e -> e.type().isPlace()).ifPresent(e -> roles.put("destination", List.of(e)));
        }
        if ("context".equals(values.remove("recipient")) && !roles.containsKey("recipient") && roles.containsKey("supplier")) {
            supplySides.recipient(s, trigger, context.stateOf(roles.get("supplier").get(0))).ifPresent(r -> roles.put("recipient", List.of(r)));
        }
        if ("context".equals(values.remove("supplier")) && !roles.containsKey("supplier") && roles.containsKey("recipient")) {
            supplySides.supplier(s.doc, context.stateOf(roles.get("recipient").get(0))).ifPresent(r -> roles.put("supplier", List.of(r)));
        }
        String domainFrom = values.get("domain");
        List<String> domains = new ArrayList<>();
        if ("context".equals(domainFrom) || "doc".equals(domainFrom)) {
            values.remove("domain");
            IndexedWord doc = m.get("doc");
            if (doc != null) {
                domains.addAll(domainWords.in(s, doc));
            }
            if ("context".equals(domainFrom)) {
                domainWords.in(s, s.graph.getFirstRoot()).stream().filter(d -> !domains.contains(d)).forEach(domains::add);
            }
        }
        if (rule.type() == FactType.POSITION && m.containsKey("title") && m.containsKey("holder") && (posts.plural(s, m.get("title"))
                ? PostReading.otherTitleBetween(s, m.get("title"), m.get("holder")) : PostReading.titleOfSomeoneElse(s, m.get("title"), m.get("holder")))) {
            return List.of();
        }
        ClauseReader.Clause clause = clauses.read(s, trigger, m.get("frame"));
        if ("when-done".equals(values.remove("held")) && PostReading.heldLongBefore(s, trigger, storyDate, clause)) {
            return List.of();
        }
        String date = FactDating.of(rule.type(), s, trigger, storyDate, clause);
        FactBuilder builder = new FactBuilder(gazetteer, s.doc);
        if (domains.isEmpty()) {
            Fact f = builder.complete(rule, s.index, roles, values, date, clause);
            return f == null ? List.of() : List.of(f);
        }
        List<Fact> out = new ArrayList<>();
        for (String d : domains) {
            Map<String, String> v = new LinkedHashMap<>(values);
            v.put("domain", d);
            Fact f = builder.complete(rule, s.index, new LinkedHashMap<>(roles), v, date, clause);
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    private static List<IndexedWord> otherNodes(Map<String, IndexedWord> match, IndexedWord node) {
        return match.values().stream().filter(n -> !n.equals(node)).toList();
    }

    /**
     * "The Philippine delegation included …": a delegation the sentence ties to a state is led by
     * the story's visitor only if the article ties the visitor to that state (or to none).
     */
    private boolean ofDelegationsState(ParsedSentence s, IndexedWord trigger, Entity visitor, StorySoFar story) {
        Optional<Entity> home = homes.of(visitor, story.facts());
        for (IndexedWord party : s.graph.getChildren(trigger)) {
            if (party.lemma() == null || !ENTOURAGE.matcher(party.lemma()).matches()) {
                continue;
            }
            for (IndexedWord d : s.graph.getChildren(party)) {
                Optional<Entity> state = s.entity(d).filter(e -> e.type() == EntityType.STATE);
                if (state.isPresent() && home.isPresent() && !HomeStates.same(state.get(), home.get())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** "Italy and the EU signed an agreement with Tunisia": the state the document is signed with is the other side. */
    private Optional<Entity> signedWith(ParsedSentence s, IndexedWord doc) {
        for (IndexedWord with : s.children(doc, "nmod:with")) {
            Entity state = s.entity(with).map(context::stateOf).orElse(null);
            if (state != null) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }

    /** "The agreement inked between Cambodia and Thailand": the two states it is between are its sides, whoever the sentence's subject. */
    private List<Entity> signedBetween(ParsedSentence s, IndexedWord doc, IndexedWord trigger) {
        List<Entity> out = new ArrayList<>();
        for (IndexedWord n : java.util.stream.Stream.concat(s.children(doc, "nmod:between").stream(), s.children(trigger, "obl:between").stream()).toList()) {
            Entity state = s.entity(n).map(context::stateOf).orElse(null);
            if (state != null && !out.contains(state)) {
                out.add(state);
            }
        }
        return out;
    }

    /** "At the conclusion of the ceremony", "on the sidelines of the summit": a moment or edge of an event is the event. */
    private static final java.util.regex.Pattern MOMENTS = java.util.regex.Pattern.compile("(?i)conclusion|end|close|sidelines?|margins?|side");

    /**
     * An event's name: its noun phrase and what it is of ("opening ceremony of the ASEAN Summit"),
     * without the article and without how long or how often it runs.
     */
    static String eventLabel(ParsedSentence s, IndexedWord node) {
        if (node.lemma() != null && MOMENTS.matcher(node.lemma()).matches() && !s.children(node, "nmod:of").isEmpty()) {
            return eventLabel(s, s.children(node, "nmod:of").get(0));
        }
        String phrase = s.phraseWithOf(node, EVENT_NAME_WORDS);
        return phrase.replaceFirst("^(?i)(a|an|the)\\s+", "").replaceFirst(LENGTH_OF_EVENT, "");
    }
}

package org.w3id.attache.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3id.attache.nlp.AnalysedArticle;
import org.w3id.attache.nlp.Entity;
import org.w3id.attache.nlp.EntityType;
import org.w3id.attache.nlp.Gazetteer;
import org.w3id.attache.nlp.Mention;
import org.w3id.attache.nlp.TimeMention;
import org.w3id.attache.nlp.TitleSpan;

/**
 * Runs every rule over every sentence of an analysed article and turns each match into a
 * {@link Fact}: roles resolved to entities, the date nearest the trigger, and factuality
 * (hedges, negation, future, attribution) read off the trigger's clause.
 */
public final class Extractor {

    private final RuleBook rules;
    private final Gazetteer gazetteer;
    private final ClauseReader clauses;
    private final VisitHosts visitHosts;
    private final InterviewMedia interviewMedia;
    private final PeerPosts peerPosts;

    public Extractor(RuleBook rules, Gazetteer gazetteer) {
        this.rules = rules;
        this.gazetteer = gazetteer;
        this.clauses = new ClauseReader(rules);
        this.visitHosts = new VisitHosts(gazetteer, rules);
        this.interviewMedia = new InterviewMedia(rules);
        this.peerPosts = new PeerPosts(gazetteer);
    }

    /** All facts of the article, in sentence order, without duplicates. */
    public List<Fact> extract(AnalysedArticle doc) {
        List<Fact> facts = new ArrayList<>();
        String storyDate = "";
        for (int s = 0; s < doc.sentenceCount(); s++) {
            SemanticGraph graph = doc.dependencies(s);
            if (graph == null || graph.isEmpty()) {
                continue;
            }
            ParsedSentence sent = new ParsedSentence(doc, s, graph, rules);
            List<Fact> found = new ArrayList<>();
            for (Rule rule : rules.rules()) {
                for (Map<String, IndexedWord> match : matches(rule, sent)) {
                    for (Map<String, IndexedWord> one : fanOut(sent, match)) {
                        found.addAll(build(rule, sent, one, storyDate, new StorySoFar(facts)));
                    }
                }
            }
            found = withoutSubsumed(found, doc.times(s).stream().map(TimeMention::value).toList());
            facts.addAll(found);
            String sentenceDate = found.stream().filter(f -> !f.flashback()).map(Fact::date).filter(d -> !d.isEmpty()).findFirst().orElse("");
            boolean flashback = found.stream().anyMatch(Fact::flashback);
            if (!sentenceDate.isEmpty()) {
                storyDate = sentenceDate;
            } else if (!flashback) {
                String main = date(sent, graph.getFirstRoot(), storyDate);
                if (!main.isEmpty()) {
                    storyDate = main;
                }
            }
        }
        return List.copyOf(RepeatVisits.merge(interviewMedia.complete(visitHosts.complete(peerPosts.complete(facts), doc), doc)));
    }

    /**
     * A later sentence with no date of its own goes on in the same month, not necessarily on
     * the same day.
     */
    private static String monthAtMost(String date) {
        return date.length() > 7 ? date.substring(0, 7) : date;
    }

    /**
     * Drops duplicates and facts that another fact of the same sentence says with more detail
     * (a meeting without its topic beside the same meeting with it, or with the story's date
     * beside the same fact with a date the sentence gives).
     */
    private static List<Fact> withoutSubsumed(List<Fact> found, List<String> sentenceDates) {
        List<Fact> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Fact f : found) {
            boolean subsumed = found.stream().anyMatch(g -> g != f && g.type() == f.type() && g.date().equals(f.date())
                    && g.roles().entrySet().containsAll(f.roles().entrySet())
                    && g.values().entrySet().containsAll(f.values().entrySet())
                    && g.values().size() + g.roles().size() > f.values().size() + f.roles().size());
            boolean undated = !sentenceDates.contains(f.date()) && found.stream().anyMatch(g -> g != f && g.type() == f.type()
                    && roleKey(g).equals(roleKey(f)) && g.values().equals(f.values()) && sentenceDates.contains(g.date()));
            subsumed |= undated;
            if (!subsumed && seen.add(signature(f))) {
                out.add(f);
            }
        }
        return out;
    }

    private static String roleKey(Fact f) {
        return new java.util.TreeMap<>(f.roles()).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().stream().map(Entity::label).sorted().toList())
                .reduce("", (x, y) -> x + "|" + y);
    }

    /** Each match of a rule in a sentence, as role name → node (a token group's first token). */
    private static List<Map<String, IndexedWord>> matches(Rule rule, ParsedSentence s) {
        List<Map<String, IndexedWord>> out = new ArrayList<>();
        if (rule.rootLemma() != null && s.tokens.stream().noneMatch(t -> t.lemma() != null && rule.rootLemma().matcher(t.lemma()).matches())) {
            return out;
        }
        if (rule.pattern() != null) {
            SemgrexMatcher m = rule.pattern().matcher(s.graph);
            while (m.find()) {
                Map<String, IndexedWord> nodes = new LinkedHashMap<>();
                for (String name : m.getNodeNames()) {
                    nodes.put(name, m.getNode(name));
                }
                out.add(nodes);
            }
            return out;
        }
        var m = rule.tokens().matcher(s.tokens);
        while (m.find()) {
            Map<String, IndexedWord> nodes = new LinkedHashMap<>();
            for (int g = 1; g <= m.groupCount(); g++) {
                Object name = m.groupInfo(g) == null ? null : m.groupInfo(g).varName;
                if (name != null && m.start(g) >= 0) {
                    boolean head = name.toString().equals("$item");
                    IndexedWord node = s.graph.getNodeByIndexSafe((head ? m.end(g) - 1 : m.start(g)) + 1);
                    if (node != null) {
                        nodes.put(name.toString().replaceFirst("^\\$", ""), node);
                    }
                }
            }
            out.add(nodes);
        }
        return out;
    }

    /**
     * A member or attendee bound by a rule often heads a list ("accompanied by the trade
     * minister, the governor Ali Khan and Sara Ito"); each person of the list makes its own fact.
     */
    private static List<Map<String, IndexedWord>> fanOut(ParsedSentence s, Map<String, IndexedWord> match) {
        String role = match.containsKey("member") ? "member" : match.containsKey("attendee") ? "attendee"
                : match.containsKey("supplier") && s.mention(match.get("supplier")).isEmpty() ? "supplier"
                : match.containsKey("counterpart") && s.mention(match.get("counterpart")).isEmpty() ? "counterpart" : null;
        if (role == null) {
            return List.of(match);
        }
        IndexedWord member = match.get(role);
        List<Map<String, IndexedWord>> out = new ArrayList<>();
        out.add(match);
        int t = s.mention(member).map(Mention::end).orElse(member.index());
        if (role.equals("supplier")) {
            out.clear();
        }
        int sinceLast = 0;
        while (t < s.tokens.size() && sinceLast <= 8) {
            CoreLabel tok = s.tokens.get(t);
            String tag = tok.tag();
            if (tok.word().matches("(?i)who|which|whose")) {
                while (t < s.tokens.size() && !s.tokens.get(t).word().equals(",") && !s.tokens.get(t).tag().equals(".")) {
                    t++;
                }
                continue;
            }
            if (tag.startsWith("VB") || tag.equals(".") || tok.word().equals(";") || tok.word().equals("(")) {
                break;
            }
            Optional<Mention> m = s.doc.mentionAt(s.index, t);
            EntityType wanted = role.equals("supplier") ? EntityType.STATE : EntityType.PERSON;
            if (m.isPresent() && m.get().entity().type() == wanted && m.get().kind() == Mention.Kind.NAME) {
                IndexedWord node = s.graph.getNodeByIndexSafe(t + 1);
                if (node != null) {
                    Map<String, IndexedWord> copy = new LinkedHashMap<>(match);
                    copy.put(role, node);
                    out.add(copy);
                }
                t = m.get().end();
                sinceLast = 0;
                continue;
            }
            t++;
            sinceLast++;
        }
        return out;
    }

    private static String signature(Fact f) {
        return f.type().id() + roleKey(f) + "|" + new java.util.TreeMap<>(f.values()) + "|" + f.date();
    }


    private List<Fact> build(Rule rule, ParsedSentence s, Map<String, IndexedWord> m, String storyDate, StorySoFar story) {
        IndexedWord trigger = m.get("trigger") != null ? m.get("trigger") : m.get("title");
        if (trigger == null) {
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
                    values.put("title", titleText(s, node));
                    postOrganisation(s, node).ifPresent(o -> roles.putIfAbsent("organisation", List.of(o)));
                    if (saidThen(s, node)) {
                        values.put("status", "former");
                    }
                }
                case "item" -> values.put("item", s.phrase(partitiveHead(s, node), otherNodes(m, node)).replaceFirst("^(?i)(first|last|latest|new|final)\\s+", ""));
                case "topic", "content" -> values.put(name, s.subtree(node));
                case "domain" -> {
                    String d = rules.domain(node.word());
                    if (d == null && node.lemma() != null) {
                        d = rules.domain(node.lemma());
                    }
                    if (d != null) {
                        values.put("domain", d);
                    }
                }
                case "event" -> roles.put("event", List.of(Entity.unlisted(EntityType.EVENT, eventLabel(s, node))));
                case "ministry" -> values.put("title", s.phrase(node).replaceFirst("^(?i)(the)\\s+", "").replaceAll("(?i)ministry$", "minister"));
                case "doc" -> domainsIn(s, node).stream().findFirst().ifPresent(d -> values.putIfAbsent("domain", d));
                default -> s.entity(node).ifPresent(e -> roles.put(name, List.of(e)));
            }
        }
        if ("predicate".equals(values.get("content"))) {
            values.put("content", s.predicate(trigger));
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
            outletSaidIn(s, trigger).ifPresent(o -> roles.put("medium", List.of(o)));
        }
        if (rule.type() == FactType.DELEGATION && !roles.containsKey("leader")) {
            story.lastVisitor().ifPresent(v -> roles.put("leader", List.of(v)));
        }
        if ("context".equals(values.remove("event")) && !roles.containsKey("event")) {
            story.lastEvent().ifPresent(e -> roles.put("event", List.of(e)));
        }
        if (rule.type() == FactType.COOPERATION && !roles.containsKey("party")) {
            clauseAgent(s, trigger).filter(p -> stateOf(p) != null).ifPresent(p -> roles.put("party", List.of(p)));
        }
        if ("context".equals(rule.settings().get("parties"))) {
            List<Entity> pair = bothSidesSubject(s, trigger) && story.lastParties().size() == 2 && !roles.containsKey("party")
                    ? story.lastParties()
                    : statesInContext(s, roles.containsKey("party") ? stateOf(roles.get("party").get(0)) : null);
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
            mainState(s.doc, stateOf(roles.get("supplier").get(0))).ifPresent(r -> roles.put("recipient", List.of(r)));
        }
        if ("context".equals(values.remove("supplier")) && !roles.containsKey("supplier") && roles.containsKey("recipient")) {
            mainState(s.doc, stateOf(roles.get("recipient").get(0))).ifPresent(r -> roles.put("supplier", List.of(r)));
        }
        String domainFrom = values.get("domain");
        List<String> domains = new ArrayList<>();
        if ("context".equals(domainFrom) || "doc".equals(domainFrom)) {
            values.remove("domain");
            IndexedWord doc = m.get("doc");
            if (doc != null) {
                domains.addAll(domainsIn(s, doc));
            }
            if ("context".equals(domainFrom)) {
                domainsIn(s, s.graph.getFirstRoot()).stream().filter(d -> !domains.contains(d)).forEach(domains::add);
            }
        }
        if (rule.type() == FactType.POSITION && m.containsKey("title") && m.containsKey("holder") && titleOfSomeoneElse(s, m.get("title"), m.get("holder"))) {
            return List.of();
        }
        ClauseReader.Clause clause = clauses.read(s, trigger, m.get("frame"));
        String date = rule.type() == FactType.POSITION ? "" : notAfterPublication(date(s, trigger, storyDate), s, clause);
        if (date.isEmpty() && rule.type() != FactType.POSITION) {
            String published = s.doc.article().published().toString();
            if (clause.future()) {
                date = "";
            } else if (presentTense(s, trigger)) {
                date = published;
            } else {
                date = storyDate.isEmpty() ? published.substring(0, 7) : monthAtMost(storyDate);
            }
        }
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

    /** The state an entity belongs to (see {@link Gazetteer#stateOf}), or null. */
    private Entity stateOf(Entity e) {
        return gazetteer.stateOf(e).orElse(null);
    }

    /**
     * Is the subject of the trigger or of a clause above it "the two sides", "both countries"
     * and the like, which mean the parties the story has just told of rather than the states
     * named last?
     */
    private static boolean bothSidesSubject(ParsedSentence s, IndexedWord trigger) {
        List<IndexedWord> verbs = new ArrayList<>(List.of(trigger));
        for (int i = 0; i < verbs.size() && i < 4; i++) {
            s.graph.getParents(verbs.get(i)).stream().filter(p -> !verbs.contains(p)).forEach(verbs::add);
        }
        for (IndexedWord verb : verbs) {
            for (SemanticGraphEdge e : s.graph.outgoingEdgeIterable(verb)) {
                IndexedWord subject = e.getDependent();
                if (!e.getRelation().toString().startsWith("nsubj")
                        || !subject.word().toLowerCase(java.util.Locale.ROOT).matches("sides|countries|governments|nations|parties|states|neighbou?rs|allies|capitals")) {
                    continue;
                }
                for (IndexedWord d : s.graph.getChildren(subject)) {
                    if (d.word().equalsIgnoreCase("two") || d.word().equalsIgnoreCase("both")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The states a sentence is about ("the two governments signed"), in order of mention: those
     * of this sentence first, then of earlier ones, most recent first; without {@code except}.
     */
    private List<Entity> statesInContext(ParsedSentence s, Entity except) {
        List<Entity> out = new ArrayList<>();
        for (int i = s.index; i >= 0 && out.size() < 2; i--) {
            List<Mention> ms = new ArrayList<>(s.doc.mentions(i));
            if (i != s.index) {
                java.util.Collections.reverse(ms);
            }
            for (Mention m : ms) {
                if (isDateline(s.doc, m)) {
                    continue;
                }
                Entity st = m.entity().type() == EntityType.PERSON || m.entity().type().isPlace() ? stateOf(m.entity())
                        : m.entity().type() == EntityType.MILITARY_JUNTA || m.entity().type() == EntityType.GOVERNMENT_BODY ? stateOf(m.entity()) : null;
                if (st != null && !st.equals(except) && !out.contains(st)) {
                    out.add(st);
                }
            }
        }
        return out;
    }

    /**
     * The outlet a statement was made in or reported by: a media outlet in the statement's own
     * clause ("told state television", "in an interview aired by RT", "according to Xinhua").
     */
    private static Optional<Entity> outletSaidIn(ParsedSentence s, IndexedWord trigger) {
        for (IndexedWord d : s.graph.descendants(trigger)) {
            Optional<Mention> m = s.mention(d);
            if (m.isPresent() && m.get().entity().type() == EntityType.MEDIA_OUTLET && !inRelativeClause(s, trigger, d)) {
                return Optional.of(m.get().entity());
            }
        }
        // "According to Xinhua, the minister promised aid and said …": the source of the verb the trigger is coordinated with
        for (SemanticGraphEdge in : s.graph.incomingEdgeIterable(trigger)) {
            if (in.getRelation().toString().startsWith("conj")) {
                for (IndexedWord source : s.graph.getChildrenWithReln(in.getGovernor(), edu.stanford.nlp.trees.GrammaticalRelation.valueOf("obl:according_to"))) {
                    Optional<Mention> m = s.mention(source);
                    if (m.isPresent() && m.get().entity().type() == EntityType.MEDIA_OUTLET) {
                        return Optional.of(m.get().entity());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** "Speaking to X, who heads the outlet Y": Y only describes the person X, it is not where the words were said. */
    private static boolean inRelativeClause(ParsedSentence s, IndexedWord from, IndexedWord to) {
        List<SemanticGraphEdge> path = s.graph.getShortestDirectedPathEdges(from, to);
        return path != null && path.stream().anyMatch(e -> e.getRelation().toString().equals("acl:relcl")
                && s.mention(e.getGovernor()).filter(m -> m.entity().type() == EntityType.PERSON).isPresent());
    }

    /** The state the article is most about (mentions of it, its people and places), other than {@code except}. */
    private Optional<Entity> mainState(AnalysedArticle doc, Entity except) {
        Map<Entity, Integer> counts = new LinkedHashMap<>();
        for (Mention m : doc.mentions()) {
            if (isDateline(doc, m)) {
                continue;
            }
            Entity st = stateOf(m.entity());
            if (st != null && !st.equals(except)) {
                counts.merge(st, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    /** "SEOUL — ..." names where the story was filed, not a party to it. */
    private static boolean isDateline(AnalysedArticle doc, Mention m) {
        List<CoreLabel> tokens = doc.tokens(m.sentence());
        return m.begin() == 0 && m.end() < tokens.size() && tokens.get(m.end()).word().matches("[\u2014\u2013-]+|--");
    }

    /**
     * The cooperation domains the words of a node's subtree name, in text order ("a deal to
     * build a nuclear plant"; "ties in trade, energy and defence"); words inside names and
     * titles ("the military ruler", "the Defence Ministry") do not count.
     */
    private List<String> domainsIn(ParsedSentence s, IndexedWord node) {
        return s.graph.descendants(node).stream().sorted()
                .filter(d -> d.ner() == null || !d.ner().matches("TITLE|PERSON|ORGANIZATION|HONORIFIC"))
                .map(d -> domainOfWord(d))
                .filter(java.util.Objects::nonNull).distinct().toList();
    }

    /** The domain a word names, as written, as its lemma, or by a part of a hyphenated word ("military-to-military"). */
    private String domainOfWord(IndexedWord d) {
        if (rules.domain(d.word()) != null) {
            return rules.domain(d.word());
        }
        if (d.lemma() != null && rules.domain(d.lemma()) != null) {
            return rules.domain(d.lemma());
        }
        for (String part : d.word().split("-")) {
            if (rules.domain(part) != null) {
                return rules.domain(part);
            }
        }
        return null;
    }

    /**
     * Who acts in the clause around a node: walking up the clause chain, the first subject, or
     * the first possessor or compound name on a noun ("junta efforts to boost ties").
     */
    private Optional<Entity> clauseAgent(ParsedSentence s, IndexedWord from) {
        IndexedWord node = from;
        Set<IndexedWord> seen = new HashSet<>();
        while (node != null && seen.add(node)) {
            for (SemanticGraphEdge e : s.graph.outgoingEdgeIterable(node)) {
                String rel = e.getRelation().toString();
                if (rel.startsWith("nsubj") || rel.equals("nmod:poss") || rel.equals("compound") && node != from) {
                    Optional<Entity> agent = s.entity(e.getDependent()).filter(a -> a.type().isAgent() || gazetteer.stateWithCapital(a).isPresent());
                    if (agent.isPresent()) {
                        return agent;
                    }
                }
            }
            SemanticGraphEdge up = s.graph.incomingEdgeIterable(node).iterator().hasNext() ? s.graph.incomingEdgeIterable(node).iterator().next() : null;
            node = up == null ? null : up.getGovernor();
        }
        return Optional.empty();
    }

    private String titleText(ParsedSentence s, IndexedWord node) {
        return s.doc.titleAt(s.index, node.index() - 1).map(TitleSpan::text).orElse(node.word());
    }

    /** "four of the boats", "the first of its warheads", "a million doses of vaccine": the thing counted, not the count or measure. */
    private static IndexedWord partitiveHead(ParsedSentence s, IndexedWord node) {
        boolean count = "CD".equals(node.tag()) || node.word().toLowerCase().matches(
                "first|last|rest|some|many|most|part|batch|pair|all|half|dose|doses|tonnes?|tons?|units?|shipments?|consignments?|"
                        + "deliver(y|ies)|lots?|sets?|squadrons?|dozens?|hundreds?|thousands?|millions?|number|quantity|supply|supplies");
        if (count) {
            for (IndexedWord of : s.graph.getChildrenWithReln(node, edu.stanford.nlp.trees.GrammaticalRelation.valueOf("nmod:of"))) {
                return of;
            }
        }
        return node;
    }

    /** "then Russia's defence minister": the post was held then, not now. */
    private static boolean saidThen(ParsedSentence s, IndexedWord title) {
        int t = s.doc.titleAt(s.index, title.index() - 1).map(TitleSpan::begin).orElse(title.index() - 1) - 1;
        while (t >= 0 && (s.tokens.get(t).tag().equals("POS") || s.tokens.get(t).tag().equals("DT") || s.tokens.get(t).ner().matches("STATE|ORGANIZATION"))) {
            t--;
        }
        return t >= 0 && s.tokens.get(t).word().equalsIgnoreCase("then");
    }

    /**
     * In a list ("A, special envoy B and C") a title right before another name is that name's,
     * and "… chief of staff, Peskov said" names the speaker, not the holder.
     */
    private static boolean titleOfSomeoneElse(ParsedSentence s, IndexedWord title, IndexedWord holder) {
        Optional<Mention> holderMention = s.mention(holder);
        int end = s.doc.titleAt(s.index, title.index() - 1).map(TitleSpan::end).orElse(title.index());
        for (int t = end; t < Math.min(s.tokens.size(), end + 5); t++) {
            String w = s.tokens.get(t).word();
            if (w.equals(",") || w.equals(";") || w.equals(".") || s.tokens.get(t).tag().startsWith("VB") || s.tokens.get(t).tag().equals("CC")) {
                break;
            }
            Optional<Mention> other = s.doc.mentionAt(s.index, t);
            if (other.isPresent() && other.get().entity().type() == EntityType.PERSON && other.get().kind() == Mention.Kind.NAME
                    && !other.equals(holderMention)) {
                return true;
            }
        }
        if (holderMention.isPresent() && holderMention.get().begin() > end) {
            int after = holderMention.get().end();
            boolean comma = s.tokens.get(end).word().equals(",");
            return comma && after < s.tokens.size() && s.tokens.get(after).tag().startsWith("VB")
                    && s.tokens.get(after).lemma() != null && s.rules().isReportingVerb(s.tokens.get(after).lemma());
        }
        return false;
    }

    /**
     * The state or organisation a post belongs to: a possessive, demonym, compound or
     * "of" phrase on the title ("Russia's deputy defence minister", "Russian Security Council
     * secretary", "chairman of the USDP"), else a name just before the title.
     */
    private Optional<Entity> postOrganisation(ParsedSentence s, IndexedWord title) {
        Optional<TitleSpan> span = s.doc.titleAt(s.index, title.index() - 1);
        int begin = span.map(TitleSpan::begin).orElse(title.index() - 1);
        int end = span.map(TitleSpan::end).orElse(title.index());
        for (int t = begin; t < end; t++) {
            IndexedWord node = s.graph.getNodeByIndexSafe(t + 1);
            if (node == null) {
                continue;
            }
            for (SemanticGraphEdge e : s.graph.outgoingEdgeIterable(node)) {
                String rel = e.getRelation().toString();
                if (rel.equals("nmod:poss") || rel.equals("amod") || rel.equals("compound") || rel.startsWith("nmod:of") || rel.startsWith("nmod:in")) {
                    Optional<Mention> m = s.mention(e.getDependent());
                    if (m.isPresent() && m.get().entity().type() != EntityType.PERSON && m.get().entity().type().isAgent()) {
                        return Optional.of(m.get().entity());
                    }
                    if (m.isPresent() && m.get().entity().type() == EntityType.CITY) {
                        Optional<Entity> st = gazetteer.stateWithCapital(m.get().entity());
                        if (st.isPresent()) {
                            return st;
                        }
                    }
                }
            }
        }
        int before = begin - 1;
        if (before >= 0 && s.tokens.get(before).tag().equals("POS")) {
            before--;
        }
        if (before >= 0) {
            Optional<Mention> m = s.doc.mentionAt(s.index, before);
            if (m.isPresent() && m.get().entity().type() != EntityType.PERSON && m.get().entity().type().isAgent()) {
                return Optional.of(m.get().entity());
            }
        }
        return Optional.empty();
    }

    private static String eventLabel(ParsedSentence s, IndexedWord node) {
        String phrase = s.phrase(node);
        return phrase.replaceFirst("^(?i)(a|an|the)\\s+", "");
    }



    /**
     * The date of the time mention closest to the trigger in the dependency graph, leaving out
     * dates that modify some other noun ("the March 28 earthquake"); "the same day" is the
     * story's last date.
     */
    private static String date(ParsedSentence s, IndexedWord trigger, String storyDate) {
        String best = "";
        int bestDistance = Integer.MAX_VALUE;
        for (TimeMention t : s.doc.times(s.index)) {
            if (modifiesOtherNoun(s, t, trigger) || isDeadline(s, t)) {
                continue;
            }
            for (int tok = t.begin(); tok < t.end(); tok++) {
                IndexedWord node = s.graph.getNodeByIndexSafe(tok + 1);
                if (node == null) {
                    continue;
                }
                List<SemanticGraphEdge> path = trigger.equals(node) ? List.of() : s.graph.getShortestUndirectedPathEdges(trigger, node);
                if (path != null && path.size() < bestDistance && path.size() <= 4 && staysInClause(s, path) && !entersBySubject(trigger, path)) {
                    bestDistance = path.size();
                    best = t.anaphoric() ? shifted(storyDate, t.offsetDays()) : t.value();
                }
            }
        }
        return best;
    }

    /** The story's date moved by some days ("three days later"); a month or year stays as it is. */
    private static String shifted(String storyDate, int days) {
        if (days == 0 || storyDate.length() != 10) {
            return storyDate;
        }
        return java.time.LocalDate.parse(storyDate).plusDays(days).toString();
    }

    /**
     * A reported past event cannot lie after the article was published: SUTime reads "on Monday"
     * in a Friday story as the coming Monday, so such a day moves back a week (a month, a year).
     */
    private static String notAfterPublication(String date, ParsedSentence s, ClauseReader.Clause clause) {
        java.time.LocalDate published = s.doc.article().published();
        if (date.isEmpty() || clause.future()) {
            return date;
        }
        if (date.length() == 10 && java.time.LocalDate.parse(date).isAfter(published)) {
            java.time.LocalDate back = java.time.LocalDate.parse(date).minusWeeks(1);
            return back.isAfter(published) ? date : back.toString();
        }
        if (date.length() == 7 && date.compareTo(published.toString().substring(0, 7)) > 0) {
            return java.time.YearMonth.parse(date).minusYears(1).toString();
        }
        return date;
    }

    /**
     * "includes Sergei Aleinik, who succeeded Makei in December": a path that climbs from a noun
     * to a verb it is the subject of (the enhanced graph's link into a relative clause) has left
     * the trigger's clause.
     */
    private static boolean entersBySubject(IndexedWord trigger, List<SemanticGraphEdge> path) {
        IndexedWord at = trigger;
        for (SemanticGraphEdge e : path) {
            boolean up = e.getDependent().equals(at);
            if (up && e.getRelation().toString().startsWith("nsubj") && !e.getGovernor().equals(trigger) && at != trigger) {
                return true;
            }
            at = up ? e.getGovernor() : e.getDependent();
        }
        return false;
    }

    /**
     * A date reached only through a relative, adverbial or reported clause belongs to that
     * clause ("Pezeshkian, who took office last July, arrived …"), not to the fact.
     */
    private static boolean staysInClause(ParsedSentence s, List<SemanticGraphEdge> path) {
        for (SemanticGraphEdge e : path) {
            String rel = e.getRelation().toString();
            if (rel.startsWith("advcl") && simultaneous(s, e.getDependent())) {
                continue;
            }
            if (rel.equals("acl:relcl") && ("DATE".equals(e.getGovernor().ner()) || simultaneous(s, e.getDependent()))) {
                continue;
            }
            // an adjective's own phrase ("the census due in October") dates the noun, not the event
            if (rel.startsWith("acl") || rel.startsWith("advcl") || rel.equals("ccomp") || rel.startsWith("parataxis") || rel.equals("amod")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A "when" clause happens at the time of the clause it hangs on, and so does a "where" clause
     * on a place ("met in Kazan, where he made his first trip"); "in January 2018, when …" is a
     * clause about that date.
     */
    private static boolean simultaneous(ParsedSentence s, IndexedWord clause) {
        for (SemanticGraphEdge e : s.graph.outgoingEdgeIterable(clause)) {
            String rel = e.getRelation().toString();
            if ((rel.equals("mark") || rel.equals("advmod")) && e.getDependent().word().matches("(?i)when|where")) {
                return true;
            }
        }
        return false;
    }

    /** "by 2030", "until March": a deadline or limit, not when the fact happened. */
    private static boolean isDeadline(ParsedSentence s, TimeMention t) {
        return t.begin() > 0 && s.tokens.get(t.begin() - 1).word().toLowerCase().matches("by|until|till|before");
    }

    /** "Russia says", "is attending": the present of the article is its publication date. */
    private static boolean presentTense(ParsedSentence s, IndexedWord trigger) {
        String tag = trigger.tag() == null ? "" : trigger.tag();
        if (tag.equals("VBZ") || tag.equals("VBP")) {
            return true;
        }
        if (tag.equals("VBG")) {
            for (IndexedWord aux : s.graph.getChildrenWithReln(trigger, edu.stanford.nlp.trees.GrammaticalRelation.valueOf("aux"))) {
                if (aux.tag() != null && (aux.tag().equals("VBZ") || aux.tag().equals("VBP"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean modifiesOtherNoun(ParsedSentence s, TimeMention t, IndexedWord trigger) {
        for (int tok = t.begin(); tok < t.end(); tok++) {
            IndexedWord node = s.graph.getNodeByIndexSafe(tok + 1);
            if (node == null) {
                continue;
            }
            for (SemanticGraphEdge e : s.graph.incomingEdgeIterable(node)) {
                IndexedWord gov = e.getGovernor();
                boolean outside = gov.index() - 1 < t.begin() || gov.index() - 1 >= t.end();
                String rel = e.getRelation().toString();
                if (outside && gov.tag() != null && gov.tag().startsWith("NN") && !gov.equals(trigger)
                        && (rel.equals("compound") || rel.equals("amod") || rel.equals("nmod:tmod") || rel.equals("nummod"))) {
                    return true;
                }
            }
        }
        return false;
    }
}

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
    private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "would");
    private static final Set<String> PLAN_LEMMAS = Set.of("plan", "intend", "aim", "prepare", "expect", "hope", "seek", "want", "propose", "offer", "pledge", "promise", "invite", "agree");
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");

    private final RuleBook rules;
    private final Gazetteer gazetteer;

    public Extractor(RuleBook rules, Gazetteer gazetteer) {
        this.rules = rules;
        this.gazetteer = gazetteer;
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
            Sentence sent = new Sentence(doc, s, graph);
            List<Fact> found = new ArrayList<>();
            for (Rule rule : rules.rules()) {
                for (Map<String, IndexedWord> match : matches(rule, sent)) {
                    for (Map<String, IndexedWord> one : fanOut(sent, match)) {
                        found.addAll(build(rule, sent, one, storyDate, lastVisitor(facts)));
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
        return List.copyOf(facts);
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
    private static List<Map<String, IndexedWord>> matches(Rule rule, Sentence s) {
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
                    IndexedWord node = s.graph.getNodeByIndexSafe(m.start(g) + 1);
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
    private static List<Map<String, IndexedWord>> fanOut(Sentence s, Map<String, IndexedWord> match) {
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

    /** The sentence a match was found in, with look-ups from nodes to mentions. */
    private final class Sentence {
        final AnalysedArticle doc;
        final int index;
        final SemanticGraph graph;
        final List<CoreLabel> tokens;

        Sentence(AnalysedArticle doc, int index, SemanticGraph graph) {
            this.doc = doc;
            this.index = index;
            this.graph = graph;
            this.tokens = doc.tokens(index);
        }

        RuleBook rules() {
            return rules;
        }

        Optional<Mention> mention(IndexedWord node) {
            return doc.mentionAt(index, node.index() - 1);
        }

        /** The entity a role node stands for: itself, or an appositive or compound name on it. */
        Optional<Entity> entity(IndexedWord node) {
            Optional<Mention> own = mention(node);
            if (own.isPresent()) {
                return own.map(Mention::entity);
            }
            for (String rel : List.of("appos", "compound", "flat", "amod")) {
                for (IndexedWord child : graph.getChildrenWithReln(node, edu.stanford.nlp.trees.GrammaticalRelation.valueOf(rel))) {
                    Optional<Mention> m = mention(child);
                    if (m.isPresent() && (rel.equals("appos") || m.get().entity().type() == EntityType.PERSON || !isTitle(node))) {
                        return m.map(Mention::entity);
                    }
                }
            }
            return Optional.empty();
        }

        boolean isTitle(IndexedWord node) {
            return "TITLE".equals(node.ner());
        }

        /** The words of a node's phrase: itself with its compound, amod and nummod modifiers. */
        String phrase(IndexedWord node) {
            Set<Integer> idx = new java.util.TreeSet<>();
            idx.add(node.index());
            for (SemanticGraphEdge e : graph.outgoingEdgeIterable(node)) {
                String rel = e.getRelation().toString();
                if (rel.equals("compound") || rel.equals("amod") || rel.equals("nummod") || rel.startsWith("compound")) {
                    for (IndexedWord d : graph.descendants(e.getDependent())) {
                        idx.add(d.index());
                    }
                }
            }
            int from = idx.iterator().next();
            int to = ((java.util.TreeSet<Integer>) idx).last();
            return text(from - 1, to);
        }

        /** What a verb says without its subject: "called on Russia to acknowledge …". */
        String predicate(IndexedWord verb) {
            Set<Integer> subject = new HashSet<>();
            for (SemanticGraphEdge e : graph.outgoingEdgeIterable(verb)) {
                if (e.getRelation().toString().startsWith("nsubj")) {
                    graph.descendants(e.getDependent()).forEach(d -> subject.add(d.index()));
                }
            }
            int from = verb.index();
            int to = verb.index();
            for (IndexedWord d : graph.descendants(verb)) {
                if (!subject.contains(d.index()) && d.index() >= verb.index() && !".".equals(d.tag())) {
                    to = Math.max(to, d.index());
                }
            }
            return text(from - 1, to);
        }

        /** The text of the node's whole subtree. */
        String subtree(IndexedWord node) {
            int from = Integer.MAX_VALUE;
            int to = 0;
            for (IndexedWord d : graph.descendants(node)) {
                from = Math.min(from, d.index());
                to = Math.max(to, d.index());
            }
            return text(from - 1, to);
        }

        String text(int fromToken, int toTokenExclusive) {
            int b = tokens.get(fromToken).beginPosition();
            int e = tokens.get(toTokenExclusive - 1).endPosition();
            return doc.article().body().substring(b, e).replaceAll("\\s+", " ").strip();
        }
    }

    /** The visitor of the latest visit found so far: who leads a delegation the text does not name. */
    private static Entity lastVisitor(java.util.Collection<Fact> facts) {
        Entity last = null;
        for (Fact f : facts) {
            if (f.type() == FactType.VISIT && f.role("visitor") != null && f.role("visitor").type() == EntityType.PERSON) {
                last = f.role("visitor");
            }
        }
        return last;
    }

    private List<Fact> build(Rule rule, Sentence s, Map<String, IndexedWord> m, String storyDate, Entity lastVisitor) {
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
                case "trigger" -> { }
                case "title" -> {
                    values.put("title", titleText(s, node));
                    postOrganisation(s, node).ifPresent(o -> roles.putIfAbsent("organisation", List.of(o)));
                    if (saidThen(s, node)) {
                        values.put("status", "former");
                    }
                }
                case "item" -> values.put("item", s.phrase(partitiveHead(s, node)).replaceFirst("^(?i)(first|last|latest|new|final)\\s+", ""));
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
        if (rule.type() == FactType.STATEMENT && !roles.containsKey("medium")) {
            outletSaidIn(s, trigger).ifPresent(o -> roles.put("medium", List.of(o)));
        }
        if (rule.type() == FactType.DELEGATION && !roles.containsKey("leader") && lastVisitor != null) {
            roles.put("leader", List.of(lastVisitor));
        }
        if (rule.type() == FactType.COOPERATION && !roles.containsKey("party")) {
            clauseAgent(s, trigger).ifPresent(p -> roles.put("party", List.of(p)));
        }
        if ("context".equals(rule.settings().get("parties"))) {
            List<Entity> pair = statesInContext(s, roles.containsKey("party") ? stateOf(roles.get("party").get(0)) : null);
            if (!roles.containsKey("party") && pair.size() >= 2) {
                roles.put("party", List.of(pair.get(0)));
                pair = pair.subList(1, pair.size());
            }
            if (!roles.containsKey("counterparty") && !pair.isEmpty()) {
                roles.put("counterparty", List.of(pair.get(0)));
            }
        }
        values.remove("parties");
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
        Clause clause = clause(s, trigger);
        String date = rule.type() == FactType.POSITION ? "" : notAfterPublication(date(s, trigger, storyDate), s, clause);
        if (date.isEmpty() && rule.type() != FactType.POSITION) {
            String published = s.doc.article().published().toString();
            if (clause.future) {
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

    /** The state an entity belongs to: itself if a state, its capital's state, or its country. */
    private Entity stateOf(Entity e) {
        if (e.type() == EntityType.STATE) {
            return e;
        }
        return gazetteer.stateWithCapital(e).or(() -> gazetteer.country(e.country())).orElse(null);
    }

    /**
     * The states a sentence is about ("the two governments signed"), in order of mention: those
     * of this sentence first, then of earlier ones, most recent first; without {@code except}.
     */
    private List<Entity> statesInContext(Sentence s, Entity except) {
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
    private static Optional<Entity> outletSaidIn(Sentence s, IndexedWord trigger) {
        for (IndexedWord d : s.graph.descendants(trigger)) {
            Optional<Mention> m = s.mention(d);
            if (m.isPresent() && m.get().entity().type() == EntityType.MEDIA_OUTLET) {
                return Optional.of(m.get().entity());
            }
        }
        return Optional.empty();
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
    private List<String> domainsIn(Sentence s, IndexedWord node) {
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
    private Optional<Entity> clauseAgent(Sentence s, IndexedWord from) {
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

    private String titleText(Sentence s, IndexedWord node) {
        return s.doc.titleAt(s.index, node.index() - 1).map(TitleSpan::text).orElse(node.word());
    }

    /** "four of the boats", "the first of its warheads": the thing counted, not the count. */
    private static IndexedWord partitiveHead(Sentence s, IndexedWord node) {
        boolean count = "CD".equals(node.tag()) || node.word().toLowerCase().matches("first|last|rest|some|many|most|part|batch|pair|all|half");
        if (count) {
            for (IndexedWord of : s.graph.getChildrenWithReln(node, edu.stanford.nlp.trees.GrammaticalRelation.valueOf("nmod:of"))) {
                return of;
            }
        }
        return node;
    }

    /** "then Russia's defence minister": the post was held then, not now. */
    private static boolean saidThen(Sentence s, IndexedWord title) {
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
    private static boolean titleOfSomeoneElse(Sentence s, IndexedWord title, IndexedWord holder) {
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
    private Optional<Entity> postOrganisation(Sentence s, IndexedWord title) {
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

    private static String eventLabel(Sentence s, IndexedWord node) {
        String phrase = s.phrase(node);
        return phrase.replaceFirst("^(?i)(a|an|the)\\s+", "");
    }

    /** Factuality cues found on the trigger's clause. */
    record Clause(String certainty, String hedge, boolean hedged, boolean negated, boolean future, Entity source, boolean flashback) {
    }

    /** What the cues of a clause add up to, gathered while walking it. */
    private static final class Factuality {
        private static final List<String> ORDER = List.of("certain", "probable", "possible");
        String certainty = "certain";
        String hedge = "";
        boolean hedged;
        boolean negated;
        boolean future;
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

    private Clause clause(Sentence s, IndexedWord trigger) {
        Factuality f = new Factuality();
        List<IndexedWord> chain = clauseChain(s, trigger, f);
        for (IndexedWord node : chain) {
            cues(s, node, node == trigger, f);
        }
        boolean flashback = false;
        for (IndexedWord aux : s.graph.getChildrenWithReln(trigger, edu.stanford.nlp.trees.GrammaticalRelation.valueOf("aux"))) {
            flashback |= aux.word().equalsIgnoreCase("had") && "VBN".equals(trigger.tag());
        }
        return new Clause(f.certainty, f.hedge, f.hedged, f.negated, f.future, f.source, flashback);
    }

    /**
     * The trigger and the clauses above it, up to the sentence's main clause: reported ("X
     * said that …"), raised ("is said to …", "plans to …") and coordinated clauses.
     */
    private List<IndexedWord> clauseChain(Sentence s, IndexedWord trigger, Factuality f) {
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
            if (!reported && !raised) {
                break;
            }
            if (reported && gov.lemma() != null && rules.isReportingVerb(gov.lemma())) {
                f.report(gov.word(), subjectOf(s, gov));
            }
            if (rel.startsWith("xcomp") && gov.lemma() != null && isPassive(s, gov)
                    && (rules.isReportingVerb(gov.lemma()) || rules.hedge(gov.word()) != null)) {
                f.hedge(gov.word(), "probable");
            }
            if (PLAN_LEMMAS.contains(gov.lemma())) {
                f.future = true;
            }
            chain.add(gov);
            up = gov;
        }
        return chain;
    }

    /** Hedges, negation, future, reporting and sources found on one clause of the chain. */
    private void cues(Sentence s, IndexedWord node, boolean isTrigger, Factuality f) {
        RuleBook.Hedge verbHedge = isTrigger || node.lemma() == null ? null : rules.hedge(node.lemma());
        if (verbHedge != null) {
            f.hedge(node.word(), verbHedge.certainty());
        }
        for (SemanticGraphEdge e : s.graph.outgoingEdgeIterable(node)) {
            IndexedWord d = e.getDependent();
            String rel = e.getRelation().toString();
            String w = d.word().toLowerCase();
            RuleBook.Hedge h = rules.hedge(w) != null ? rules.hedge(w) : d.lemma() == null ? null : rules.hedge(d.lemma().toLowerCase());
            if (h != null && (rel.equals("advmod") || rel.startsWith("aux") || rel.startsWith("obl") || rel.equals("case"))) {
                f.hedge(d.word(), h.certainty());
            }
            if (isTrigger && (rel.equals("advmod") || rel.equals("neg")) && NEGATORS.contains(w)) {
                f.negated = true;
            }
            if (isTrigger && rel.startsWith("nsubj")) {
                for (IndexedWord det : s.graph.getChildrenWithReln(d, edu.stanford.nlp.trees.GrammaticalRelation.valueOf("det"))) {
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

    private static Optional<Entity> subjectOf(Sentence s, IndexedWord verb) {
        for (IndexedWord subj : s.graph.getChildrenWithReln(verb, edu.stanford.nlp.trees.GrammaticalRelation.valueOf("nsubj"))) {
            Optional<Entity> e = s.entity(subj);
            if (e.isPresent()) {
                return e;
            }
        }
        return Optional.empty();
    }

    private static boolean isPassive(Sentence s, IndexedWord verb) {
        for (SemanticGraphEdge e : s.graph.outgoingEdgeIterable(verb)) {
            String rel = e.getRelation().toString();
            if (rel.equals("aux:pass") || rel.startsWith("nsubj:pass")) {
                return true;
            }
        }
        return false;
    }

    /** The edge that ties a clause to the clause above it (not a subject or modifier edge). */
    private static SemanticGraphEdge clauseLink(Sentence s, IndexedWord node) {
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


    /**
     * The date of the time mention closest to the trigger in the dependency graph, leaving out
     * dates that modify some other noun ("the March 28 earthquake"); "the same day" is the
     * story's last date.
     */
    private static String date(Sentence s, IndexedWord trigger, String storyDate) {
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
                if (path != null && path.size() < bestDistance && path.size() <= 4 && staysInClause(s, path)) {
                    bestDistance = path.size();
                    best = t.anaphoric() ? storyDate : t.value();
                }
            }
        }
        return best;
    }

    /**
     * A reported past event cannot lie after the article was published: SUTime reads "on Monday"
     * in a Friday story as the coming Monday, so such a day moves back a week (a month, a year).
     */
    private static String notAfterPublication(String date, Sentence s, Clause clause) {
        java.time.LocalDate published = s.doc.article().published();
        if (date.isEmpty() || clause.future) {
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
     * A date reached only through a relative, adverbial or reported clause belongs to that
     * clause ("Pezeshkian, who took office last July, arrived …"), not to the fact.
     */
    private static boolean staysInClause(Sentence s, List<SemanticGraphEdge> path) {
        for (SemanticGraphEdge e : path) {
            String rel = e.getRelation().toString();
            if (rel.startsWith("advcl") && simultaneous(s, e.getDependent())) {
                continue;
            }
            if (rel.equals("acl:relcl") && ("DATE".equals(e.getGovernor().ner()) || simultaneous(s, e.getDependent()))) {
                continue;
            }
            if (rel.startsWith("acl") || rel.startsWith("advcl") || rel.equals("ccomp") || rel.startsWith("parataxis")) {
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
    private static boolean simultaneous(Sentence s, IndexedWord clause) {
        for (SemanticGraphEdge e : s.graph.outgoingEdgeIterable(clause)) {
            String rel = e.getRelation().toString();
            if ((rel.equals("mark") || rel.equals("advmod")) && e.getDependent().word().matches("(?i)when|where")) {
                return true;
            }
        }
        return false;
    }

    /** "by 2030", "until March": a deadline or limit, not when the fact happened. */
    private static boolean isDeadline(Sentence s, TimeMention t) {
        return t.begin() > 0 && s.tokens.get(t.begin() - 1).word().toLowerCase().matches("by|until|till|before");
    }

    /** "Russia says", "is attending": the present of the article is its publication date. */
    private static boolean presentTense(Sentence s, IndexedWord trigger) {
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

    private static boolean modifiesOtherNoun(Sentence s, TimeMention t, IndexedWord trigger) {
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

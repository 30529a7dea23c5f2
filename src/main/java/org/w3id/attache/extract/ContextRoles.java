package org.w3id.attache.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
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

/**
 * Roles a sentence leaves to its context: the states it is about, "the two sides", the state
 * the article is most about, who acts in a clause, the outlet words were said in.
 */
final class ContextRoles {

    /** Plural nouns for the two sides of a story's relation. */
    private static final String SIDES = "sides|countries|governments|nations|parties|states|neighbou?rs|allies|capitals|leaders|presidents|ministers|premiers";

    private final Gazetteer gazetteer;

    ContextRoles(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The state an entity belongs to (see {@link Gazetteer#stateOf}), or null. */
    Entity stateOf(Entity e) {
        return gazetteer.stateOf(e).orElse(null);
    }

    /**
     * Does the trigger's clause speak of "the two sides" rather than of states it names: a subject
     * of the trigger or of a clause above it that is "they", "the two leaders", "both countries"
     * or "the leaders"; or "between the two countries", "both countries'" or "bilateral" said of
     * the trigger, its subject or its object? Those mean the parties the story has just told of,
     * not the states named last; unless a subject of those clauses names two states itself ("the
     * Japanese and Mongolian ministers said that they …").
     */
    static boolean bothSidesSubject(ParsedSentence s, IndexedWord trigger) {
        if (bothSidesOf(s, trigger)) {
            return true;
        }
        for (SemanticGraphEdge e : s.graph.outgoingEdgeIterable(trigger)) {
            String rel = e.getRelation().toString();
            if ((rel.startsWith("nsubj") || rel.equals("obj")) && bothSidesOf(s, e.getDependent())) {
                return true;
            }
        }
        List<IndexedWord> verbs = new ArrayList<>(List.of(trigger));
        for (int i = 0; i < verbs.size() && i < 4; i++) {
            s.graph.getParents(verbs.get(i)).stream().filter(p -> !verbs.contains(p)).forEach(verbs::add);
        }
        if (verbs.stream().anyMatch(v -> s.children(v, "nsubj").stream().anyMatch(n -> namesTwoStates(s, n)))) {
            return false;
        }
        for (IndexedWord verb : verbs) {
            for (SemanticGraphEdge e : s.graph.outgoingEdgeIterable(verb)) {
                if (e.getRelation().toString().startsWith("nsubj")
                        && (e.getDependent().word().equalsIgnoreCase("they") || twoSides(s, e.getDependent()) || theLeaders(s, e.getDependent()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "The Japanese and Mongolian ministers said that they …", "the foreign ministers of Kenya and
     * Ghana": a subject whose own words name two states names the sides; a "they" below it is them.
     */
    private static boolean namesTwoStates(ParsedSentence s, IndexedWord subject) {
        return s.graph.outgoingEdgeList(subject).stream().filter(e -> e.getRelation().toString().matches("amod|nmod:of|compound"))
                .map(e -> s.entity(e.getDependent())).flatMap(Optional::stream).filter(e -> e.type() == EntityType.STATE).distinct().count() >= 2;
    }

    /** "Ties between the two countries", "both nations' partnership", "a bilateral deal": a word of the trigger's clause. */
    private static boolean bothSidesOf(ParsedSentence s, IndexedWord trigger) {
        for (SemanticGraphEdge e : s.graph.outgoingEdgeIterable(trigger)) {
            String rel = e.getRelation().toString();
            IndexedWord d = e.getDependent();
            if ((rel.equals("nmod:between") || rel.equals("obl:between") || rel.equals("nmod:poss")) && twoSides(s, d)
                    || rel.equals("amod") && d.word().equalsIgnoreCase("bilateral")) {
                return true;
            }
        }
        return false;
    }

    /** "The two sides", "both countries", "the two presidents". */
    private static boolean twoSides(ParsedSentence s, IndexedWord n) {
        return n.word().toLowerCase(java.util.Locale.ROOT).matches(SIDES)
                && s.graph.getChildren(n).stream().anyMatch(d -> d.word().equalsIgnoreCase("two") || d.word().equalsIgnoreCase("both"));
    }

    /**
     * "The leaders", "the ministers", "the parties", "the sides", with nothing to say whose: those
     * the story has just told of.
     */
    private static boolean theLeaders(ParsedSentence s, IndexedWord n) {
        return n.word().toLowerCase(java.util.Locale.ROOT).matches("leaders|presidents|ministers|premiers|parties|sides")
                && s.graph.getChildren(n).stream().anyMatch(d -> d.word().equalsIgnoreCase("the"))
                && s.children(n, "nmod:of").isEmpty() && s.children(n, "amod").isEmpty() && s.children(n, "compound").isEmpty()
                && s.children(n, "nmod:poss").isEmpty() && s.children(n, "nmod:from").isEmpty();
    }

    /**
     * The states a sentence is about ("the two governments signed"), in order of mention: those
     * of this sentence first, then of earlier ones, most recent first; without {@code except}.
     */
    List<Entity> statesInContext(ParsedSentence s, Entity except) {
        return statesInContext(s, except, true);
    }

    /**
     * The states a sentence is about, as above; without {@code venues}, a city or place stands
     * for no state ("meeting in the Qatari capital, Egypt and Turkey agreed": Qatar is the venue).
     */
    List<Entity> statesInContext(ParsedSentence s, Entity except, boolean venues) {
        List<Entity> out = new ArrayList<>();
        for (int i = s.index; i >= 0 && out.size() < 2; i--) {
            List<Mention> ms = new ArrayList<>(s.doc.mentions(i));
            if (i != s.index) {
                java.util.Collections.reverse(ms);
            }
            for (Mention m : ms) {
                if (isDateline(s.doc, m) || !venues && m.entity().type().isPlace() && m.entity().type() != EntityType.STATE) {
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

    /** The states a sentence is about, venues aside, that the article keeps returning to ({@link #recurringStates}). */
    List<Entity> recurringStatesInContext(ParsedSentence s, Entity except) {
        Set<Entity> recurring = recurringStates(s.doc);
        return statesInContext(s, except, false).stream().filter(recurring::contains).toList();
    }

    /**
     * The states the article keeps returning to: those named (or whose people, places or
     * bodies are named) in at least two of its sentences, the headline counted as one. A state
     * met once in passing ("sanctions over the war in Ukraine") is no side the story's unnamed
     * "both countries" can mean.
     */
    Set<Entity> recurringStates(AnalysedArticle doc) {
        Map<Entity, Set<Integer>> sentences = new LinkedHashMap<>();
        for (Entity st : headlineStates(doc.article().title())) {
            sentences.computeIfAbsent(st, k -> new HashSet<>()).add(-1);
        }
        for (Mention m : doc.mentions()) {
            Entity st = isDateline(doc, m) ? null : stateOf(m.entity());
            if (st != null) {
                sentences.computeIfAbsent(st, k -> new HashSet<>()).add(m.sentence());
            }
        }
        Set<Entity> out = new HashSet<>();
        sentences.forEach((st, in) -> {
            if (in.size() >= 2) {
                out.add(st);
            }
        });
        return out;
    }

    /** The states a headline names by name or demonym, word by word ("Saudi Crown Prince, British Prime Minister meet"). */
    private List<Entity> headlineStates(String headline) {
        String[] words = headline.split("[^\\p{L}'.]+");
        List<Entity> out = new ArrayList<>();
        for (int from = 0; from < words.length; from++) {
            for (int to = Math.min(words.length, from + 3); to > from; to--) {
                String phrase = String.join(" ", java.util.Arrays.copyOfRange(words, from, to));
                Optional<Entity> st = gazetteer.demonym(phrase).or(() -> gazetteer.entity(phrase).filter(e -> e.type() == EntityType.STATE));
                if (st.isPresent()) {
                    out.add(st.get());
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The outlet a statement was made in or reported by: a media outlet in the statement's own
     * clause ("told state television", "in an interview aired by RT", "according to Xinhua").
     */
    static Optional<Entity> outletSaidIn(ParsedSentence s, IndexedWord trigger) {
        for (IndexedWord d : s.graph.descendants(trigger)) {
            Optional<Mention> m = s.mention(d);
            if (m.isPresent() && m.get().entity().type() == EntityType.MEDIA_OUTLET && !inRelativeClause(s, trigger, d)) {
                return Optional.of(m.get().entity());
            }
        }
        // "According to Xinhua, the minister promised aid and said …": the source of the verb the trigger is coordinated with
        for (SemanticGraphEdge in : s.graph.incomingEdgeIterable(trigger)) {
            if (in.getRelation().toString().startsWith("conj")) {
                for (IndexedWord source : s.children(in.getGovernor(), "obl:according_to")) {
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
    Optional<Entity> mainState(AnalysedArticle doc, Entity except) {
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
     * Who acts in the clause around a node: walking up the clause chain, the first subject, or
     * the first possessor or compound name on a noun ("junta efforts to boost ties").
     */
    Optional<Entity> clauseAgent(ParsedSentence s, IndexedWord from) {
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

}

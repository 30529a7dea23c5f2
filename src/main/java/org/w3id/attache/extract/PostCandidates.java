package org.w3id.attache.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.w3id.attache.nlp.Entity;
import org.w3id.attache.nlp.EntityType;
import org.w3id.attache.nlp.Gazetteer;
import org.w3id.attache.nlp.Mention;
import org.w3id.attache.nlp.TitleSpan;

/**
 * Candidate post holdings: every title of a sentence paired with every person it names or
 * describes nearby — the name right after the title ("Foreign Minister Wang Yi"), or a person
 * a short dependency path away ("Wang Yi, China's foreign minister", "Wang, who is also …",
 * "named Wang foreign minister"). The path is the feature the scorer weighs.
 */
final class PostCandidates {
    private static final int MAX_PATH = 4;

    private final Gazetteer gazetteer;
    private final ClauseReader clauses;
    private final CandidateFeatures features;
    private final PostReading posts;

    PostCandidates(Gazetteer gazetteer, ClauseReader clauses, CandidateFeatures features) {
        this.gazetteer = gazetteer;
        this.clauses = clauses;
        this.features = features;
        this.posts = new PostReading(gazetteer);
    }

    List<Candidate> generate(ParsedSentence s, List<Fact> ruleFacts) {
        List<Candidate> out = new ArrayList<>();
        List<Mention> people = s.doc.mentions(s.index).stream().filter(m -> m.entity().type() == EntityType.PERSON).toList();
        for (TitleSpan title : s.doc.titles(s.index)) {
            IndexedWord head = s.graph.getNodeByIndexSafe(title.end());
            if (head == null) {
                continue;
            }
            for (Mention person : people) {
                if (person.begin() < title.end() && person.end() > title.begin()) {
                    continue;
                }
                IndexedWord node = s.graph.getNodeByIndexSafe(person.end());
                if (node == null) {
                    continue;
                }
                String relation = relation(s, title, head, person, node);
                if (relation != null) {
                    candidate(s, title, head, person, relation, ruleFacts).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    /** How the person stands to the title: right after it, or the dependency path between them; null if too far. */
    private static String relation(ParsedSentence s, TitleSpan title, IndexedWord head, Mention person, IndexedWord node) {
        int gap = person.begin() - title.end();
        if (gap >= 0 && gap <= 1 && (gap == 0 || "HONORIFIC".equals(s.tokens.get(title.end()).ner()))) {
            return "before-name";
        }
        List<SemanticGraphEdge> path = s.graph.getShortestUndirectedPathEdges(head, node);
        if (path == null || path.isEmpty() || path.size() > MAX_PATH) {
            return null;
        }
        StringJoiner j = new StringJoiner(">");
        IndexedWord at = head;
        for (SemanticGraphEdge e : path) {
            boolean down = e.getGovernor().equals(at);
            String rel = e.getRelation().toString().replaceFirst(":(?!pass|poss|relcl|agent|xsubj).*", "");
            j.add((down ? "" : "^") + rel);
            at = down ? e.getDependent() : e.getGovernor();
        }
        return j.toString();
    }

    private Optional<Candidate> candidate(ParsedSentence s, TitleSpan title, IndexedWord head, Mention person, String relation, List<Fact> ruleFacts) {
        Map<String, List<Entity>> roles = new LinkedHashMap<>();
        roles.put("holder", List.of(person.entity()));
        posts.postOrganisation(s, head).ifPresent(o -> roles.put("organisation", List.of(o)));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", PostReading.ranked(gazetteer, s, title));
        if (PostReading.saidThen(s, head)) {
            values.put("status", "former");
        }
        Rule rule = Rule.generated("candidate.position." + (relation.equals("before-name") ? "before-name" : "path"), FactType.POSITION,
                Map.of(), "rules/triggers (titles)");
        ClauseReader.Clause clause = clauses.read(s, head, null);
        Fact fact = new FactBuilder(gazetteer, s.doc).complete(rule, s.index, roles, values, "", clause);
        if (fact == null) {
            return Optional.empty();
        }
        List<String> f = new ArrayList<>();
        f.add("type=position");
        f.add("post-relation=" + relation);
        f.add("post-relation-short=" + (relation.contains(">") ? relation.substring(0, relation.indexOf('>')) : relation));
        f.add("mention=position:holder:" + person.kind().name().toLowerCase());
        f.add("post-org=" + (roles.containsKey("organisation") ? "stated" : "holder-country"));
        f.add("post-words=" + Math.min(4, title.text().split(" ").length));
        f.add("post-other-name-between=" + otherNameBetween(s, title, person));
        CandidateFeatures.clauseFeatures("position", clause, fact, f);
        CandidateFeatures.ruleFeatures("position", fact, ruleFacts, f);
        return Optional.of(new Candidate(fact, f));
    }

    /** Does another person's name stand between the title and this person? */
    private static boolean otherNameBetween(ParsedSentence s, TitleSpan title, Mention person) {
        int from = Math.min(title.end(), person.end());
        int to = Math.max(title.begin(), person.begin());
        return s.doc.mentions(s.index).stream().anyMatch(m -> m.entity().type() == EntityType.PERSON && m != person
                && m.begin() >= from && m.end() <= to && !m.entity().equals(person.entity()));
    }
}

package org.w3id.attache.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3id.attache.nlp.EntityType;
import org.w3id.attache.nlp.Mention;

/** Where a rule matches a sentence: its named nodes or token groups, one map per match, lists fanned out. */
final class RuleMatcher {

    private RuleMatcher() {
    }

    /** Each match of a rule in a sentence, as role name → node (a token group's first token). */
    static List<Map<String, IndexedWord>> matches(Rule rule, ParsedSentence s) {
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
     * An attendee may also end a list the parser did not see as one ({@link ListedNames}).
     */
    static List<Map<String, IndexedWord>> fanOut(ParsedSentence s, Map<String, IndexedWord> match) {
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
        if (role.equals("attendee")) {
            for (int first : ListedNames.before(s, s.mention(member).map(Mention::begin).orElse(member.index() - 1))) {
                with(s, match, role, first).ifPresent(out::add);
            }
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
                with(s, match, role, t).ifPresent(out::add);
                t = m.get().end();
                sinceLast = 0;
                continue;
            }
            t++;
            sinceLast++;
        }
        return out;
    }

    /** The match with {@code role} bound to the token at {@code token} (0-based) instead. */
    private static Optional<Map<String, IndexedWord>> with(ParsedSentence s, Map<String, IndexedWord> match, String role, int token) {
        IndexedWord node = s.graph.getNodeByIndexSafe(token + 1);
        if (node == null) {
            return Optional.empty();
        }
        Map<String, IndexedWord> copy = new LinkedHashMap<>(match);
        copy.put(role, node);
        return Optional.of(copy);
    }
}

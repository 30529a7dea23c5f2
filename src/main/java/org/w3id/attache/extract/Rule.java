package org.w3id.attache.extract;

import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.util.Map;

/**
 * One extraction rule from a {@code rules/*.rules} file: a Semgrex pattern over the dependency
 * graph, or a TokensRegex pattern over the tokens, whose named nodes or groups are the roles of
 * a fact of {@link #type()}; plus fixed attribute values ({@code set:}).
 *
 * @param id the rule id written into each fact's provenance
 * @param type the record type it makes
 * @param pattern the compiled Semgrex pattern, or null for a token rule
 * @param tokens the compiled TokensRegex pattern, or null for a dependency rule
 * @param settings what the rule's {@code set:} (fact attributes, e.g. {@code status=signed}) and
 *     {@code option:} lines (how the engine reads the match, e.g. {@code foreign=true}) say, together
 * @param origin file and line, for messages
 * @param rootLemma the lemmas the pattern's first node must have, or null: a sentence without
 *     such a word cannot match, so the matcher need not run
 */
public record Rule(String id, FactType type, SemgrexPattern pattern, TokenSequencePattern tokens, Map<String, String> settings, String origin,
                   java.util.regex.Pattern rootLemma, String example) {

    /** A rule made by the engine rather than read from a file (a candidate's trigger). */
    static Rule generated(String id, FactType type, Map<String, String> settings, String origin) {
        return new Rule(id, type, null, null, settings, origin, null, "");
    }

    /** The lemma constraint of a Semgrex pattern's first node ({@code {lemma:/visit|tour/;...}}), or null. */
    static java.util.regex.Pattern rootLemmaOf(String semgrex) {
        var m = java.util.regex.Pattern.compile("^\\{[^}]*?lemma:(/[^/]+/|[\\w-]+)").matcher(semgrex.strip());
        if (!m.find()) {
            return null;
        }
        String v = m.group(1);
        return java.util.regex.Pattern.compile(v.startsWith("/") ? v.substring(1, v.length() - 1) : java.util.regex.Pattern.quote(v));
    }
}

package org.w3id.attache.extract;

import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The extraction rules and the word lists they lean on, read from the {@code rules/} data files.
 *
 * <p>A {@code .rules} file holds blocks separated by blank lines; each block has {@code id:},
 * {@code type:}, {@code pattern:} (Semgrex) and optional {@code set: key=value ...} lines, and
 * {@code #} comments (an example sentence); a {@code tokens:} line (TokensRegex, roles as named
 * groups {@code (?$holder ...)}) may stand instead of {@code pattern:}. The word lists are TSV
 * files: hedges, domains, reporting verbs, host and interview cues.
 */
public final class RuleBook {
    static final List<String> RULE_FILES = List.of("visit.rules", "meeting.rules", "position.rules", "cooperation.rules",
            "supply.rules", "statement.rules", "attendance.rules", "delegation.rules");

    /** A hedging cue and the certainty it gives. */
    public record Hedge(String cue, String certainty) {
    }

    private final List<Rule> rules;
    private final Map<String, Hedge> hedges;
    private final Map<String, String> domains;
    private final Set<String> reportingVerbs;
    private final Set<String> hostCues;
    private final Set<String> interviewCues;

    private RuleBook(List<Rule> rules, Map<String, Hedge> hedges, Map<String, String> domains, Set<String> reportingVerbs,
                     Set<String> hostCues, Set<String> interviewCues) {
        this.rules = List.copyOf(rules);
        this.hedges = hedges;
        this.domains = domains;
        this.reportingVerbs = reportingVerbs;
        this.hostCues = hostCues;
        this.interviewCues = interviewCues;
    }

    /** The rules shipped on the class path under {@code /rules/}. */
    public static RuleBook bundled() {
        List<Rule> rules = new ArrayList<>();
        for (String file : RULE_FILES) {
            rules.addAll(parseRules("rules/" + file, read("/rules/" + file)));
        }
        Map<String, Hedge> hedges = new HashMap<>();
        for (String[] row : table(read("/rules/hedges.tsv"))) {
            hedges.put(row[0].toLowerCase(), new Hedge(row[0].toLowerCase(), row[1].strip()));
        }
        Map<String, String> domains = new HashMap<>();
        for (String[] row : table(read("/rules/domains.tsv"))) {
            domains.put(row[0].toLowerCase(), row[1].strip());
        }
        return new RuleBook(rules, hedges, domains, lemmas("/rules/reporting-verbs.tsv"), lemmas("/rules/host-cues.tsv"),
                lemmas("/rules/interview-cues.tsv"));
    }

    private static Set<String> lemmas(String resource) {
        Set<String> out = new HashSet<>();
        for (String[] row : table(read(resource))) {
            out.add(row[0].toLowerCase());
        }
        return Set.copyOf(out);
    }

    private static List<String> read(String resource) {
        InputStream in = RuleBook.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("rule file missing from the class path: " + resource.substring(1));
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String[]> table(List<String> lines) {
        return lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t", -1)).filter(c -> c.length >= 2).toList();
    }

    /** Parses rule blocks; a malformed block fails with the file and line. */
    static List<Rule> parseRules(String file, List<String> lines) {
        List<Rule> out = new ArrayList<>();
        Map<String, String> block = new LinkedHashMap<>();
        int blockLine = 0;
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i).strip() : "";
            if (line.isEmpty()) {
                if (!block.isEmpty()) {
                    out.add(toRule(file + ":" + blockLine, block));
                    block.clear();
                }
                continue;
            }
            if (line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected 'key: value'");
            }
            if (block.isEmpty()) {
                blockLine = i + 1;
            }
            String key = line.substring(0, colon).strip();
            block.merge(key, line.substring(colon + 1).strip(), (a, b) -> a + " " + b);
        }
        return out;
    }

    private static Rule toRule(String origin, Map<String, String> block) {
        for (String key : List.of("id", "type")) {
            if (!block.containsKey(key)) {
                throw new IllegalArgumentException(origin + ": rule lacks '" + key + ":'");
            }
        }
        if (block.containsKey("pattern") == block.containsKey("tokens")) {
            throw new IllegalArgumentException(origin + ": rule " + block.get("id") + " needs exactly one of 'pattern:' (Semgrex) or 'tokens:' (TokensRegex)");
        }
        Map<String, String> settings = new LinkedHashMap<>();
        for (String kv : block.getOrDefault("set", "").split("\\s+")) {
            if (!kv.isBlank()) {
                String[] p = kv.split("=", 2);
                settings.put(p[0], p.length > 1 ? p[1] : "true");
            }
        }
        try {
            SemgrexPattern semgrex = block.containsKey("pattern") ? SemgrexPattern.compile(block.get("pattern")) : null;
            TokenSequencePattern tokens = block.containsKey("tokens") ? TokenSequencePattern.compile(block.get("tokens")) : null;
            java.util.regex.Pattern root = semgrex == null ? null : Rule.rootLemmaOf(block.get("pattern"));
            return new Rule(block.get("id"), FactType.parse(block.get("type")), semgrex, tokens, settings, origin, root);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(origin + ": rule " + block.get("id") + ": " + e.getMessage(), e);
        }
    }

    public List<Rule> rules() {
        return rules;
    }

    public Hedge hedge(String word) {
        return hedges.get(word.toLowerCase());
    }

    /** The cooperation domain a word signals ("military", "defence" → military), or null. */
    public String domain(String word) {
        return domains.get(word.toLowerCase());
    }

    public boolean isReportingVerb(String lemma) {
        return reportingVerbs.contains(lemma.toLowerCase());
    }

    /** Whether a lemma casts someone as a visit's host ("welcome", "guest"): {@code rules/host-cues.tsv}. */
    public boolean isHostCue(String lemma) {
        return hostCues.contains(lemma.toLowerCase());
    }

    /** Whether a lemma makes an outlet the setting of a speaker's later words ("interview"): {@code rules/interview-cues.tsv}. */
    public boolean isInterviewCue(String lemma) {
        return interviewCues.contains(lemma.toLowerCase());
    }
}

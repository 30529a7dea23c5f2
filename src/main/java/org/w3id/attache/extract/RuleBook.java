package org.w3id.attache.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The extraction rules and the word lists they lean on, read from the {@code rules/} data files.
 *
 * <p>Each {@code .rules} file is read against the schema of {@link RuleFile}; {@code ${NAME}} in
 * a pattern stands for a shared word list of {@code macros.tsv}. The other word lists are TSV
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
    /** Domain words' marks: "scope" or "modifier" (see rules/domains.tsv). */
    private final Map<String, String> domainMarks;
    /** The word lists of {@link #WORD_LISTS}, by file name: lemmas, lower case. */
    private final Map<String, Set<String>> wordLists;

    /** Files of {@code rules/} that list lemmas, one per line, with a note. */
    private static final List<String> WORD_LISTS = List.of("reporting-verbs.tsv", "host-cues.tsv", "interview-cues.tsv", "preventing-verbs.tsv",
            "talking-verbs.tsv");

    private RuleBook(List<Rule> rules, Map<String, Hedge> hedges, Map<String, String> domains, Map<String, String> domainMarks,
                     Map<String, Set<String>> wordLists) {
        this.rules = List.copyOf(rules);
        this.hedges = hedges;
        this.domains = domains;
        this.domainMarks = domainMarks;
        this.wordLists = Map.copyOf(wordLists);
    }

    /** The rules shipped on the class path under {@code /rules/}. */
    public static RuleBook bundled() {
        List<Rule> rules = new ArrayList<>();
        Map<String, String> macros = macros();
        for (String file : RULE_FILES) {
            rules.addAll(RuleFile.parse("rules/" + file, read("/rules/" + file), macros));
        }
        Map<String, Hedge> hedges = new HashMap<>();
        for (String[] row : table(read("/rules/hedges.tsv"))) {
            hedges.put(row[0].toLowerCase(), new Hedge(row[0].toLowerCase(), row[1].strip()));
        }
        Map<String, String> domains = new HashMap<>();
        Map<String, String> domainMarks = new HashMap<>();
        for (String[] row : table(read("/rules/domains.tsv"))) {
            domains.put(row[0].toLowerCase(), row[1].strip());
            if (row.length > 2 && !row[2].isBlank()) {
                domainMarks.put(row[0].toLowerCase(), row[2].strip());
            }
        }
        Map<String, Set<String>> wordLists = new HashMap<>();
        WORD_LISTS.forEach(file -> wordLists.put(file, lemmas("/rules/" + file)));
        return new RuleBook(rules, hedges, domains, domainMarks, wordLists);
    }

    private static Set<String> lemmas(String resource) {
        Set<String> out = new HashSet<>();
        for (String[] row : table(read(resource))) {
            out.add(row[0].toLowerCase());
        }
        return Set.copyOf(out);
    }

    private static List<String> read(String resource) {
        return BundledFile.lines(resource, "rule file");
    }

    private static List<String[]> table(List<String> lines) {
        return lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t", -1)).filter(c -> c.length >= 2).toList();
    }

    /** The shared word lists of {@code rules/macros.tsv}: name → alternatives. */
    static Map<String, String> macros() {
        Map<String, String> out = new HashMap<>();
        for (String[] row : table(read("/rules/macros.tsv"))) {
            out.put(row[0].strip(), row[1].strip());
        }
        return out;
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

    /** Does a word name its domain only when no other word of the phrase names one ("bilateral" ties, but not a "bilateral security" pact)? */
    public boolean isScopeWord(String word) {
        return "scope".equals(domainMarks.get(word.toLowerCase()));
    }

    /** Does a word name its domain only as a modifier of another noun ("power plant", not "the power of trust")? */
    public boolean isModifierOnly(String word) {
        return "modifier".equals(domainMarks.get(word.toLowerCase()));
    }

    public boolean isReportingVerb(String lemma) {
        return listed("reporting-verbs.tsv", lemma);
    }

    /** Whether a lemma casts someone as a visit's host ("welcome", "guest"): {@code rules/host-cues.tsv}. */
    public boolean isHostCue(String lemma) {
        return listed("host-cues.tsv", lemma);
    }

    /** Whether a lemma makes an outlet the setting of a speaker's later words ("interview"): {@code rules/interview-cues.tsv}. */
    public boolean isInterviewCue(String lemma) {
        return listed("interview-cues.tsv", lemma);
    }

    /** Whether a verb keeps what it governs from happening ("blocked sales", "refused to sell"): {@code rules/preventing-verbs.tsv}. */
    public boolean isPreventingVerb(String lemma) {
        return listed("preventing-verbs.tsv", lemma);
    }

    /**
     * Whether a verb talks about a document rather than signs it ("proposed an agreement",
     * "negotiating a deal"): {@code rules/talking-verbs.tsv}.
     */
    public boolean isTalkingVerb(String lemma) {
        return listed("talking-verbs.tsv", lemma);
    }

    private boolean listed(String file, String lemma) {
        return wordLists.get(file).contains(lemma.toLowerCase());
    }
}

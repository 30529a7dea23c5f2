package org.w3id.attache.extract;

import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one {@code rules/*.rules} file against its schema. A file opens with a block that
 * declares the roles its rules may bind ({@code roles:}) and the helper nodes they may name
 * ({@code nodes:}); then come rule blocks, separated by blank lines, with {@code id:},
 * {@code type:}, {@code example:} (a sentence of our own the rule must read), a {@code pattern:}
 * (Semgrex) or {@code tokens:} (TokensRegex), and optionally {@code set:} (fact attributes) and
 * {@code option:} (how the engine reads the match). {@code ${NAME}} in a pattern stands for a
 * word list of {@code rules/macros.tsv}. Anything the schema does not know is an error naming
 * the file and line.
 */
final class RuleFile {
    private static final Set<String> KEYS = Set.of("id", "type", "example", "pattern", "tokens", "set", "option");
    private static final Set<String> DOMAINS = Set.of("military", "economic", "security", "nuclear", "energy", "trade", "diplomatic", "other");
    private static final Set<String> STATUSES = Set.of("current", "former", "signed", "agreed", "discussed", "planned", "ongoing", "not-started",
            "requested");
    /** Option → its values; {@code require} names a role of the rule's type. */
    private static final Map<String, Set<String>> OPTIONS = Map.ofEntries(
            Map.entry("foreign", Set.of("true")), Map.entry("content", Set.of("predicate", "before", "clause")),
            Map.entry("parties", Set.of("context")), Map.entry("recipient", Set.of("context")), Map.entry("supplier", Set.of("context")),
            Map.entry("event", Set.of("context")), Map.entry("destination", Set.of("dateline")), Map.entry("domain", Set.of("context", "doc")),
            Map.entry("different", Set.of("countries")), Map.entry("title-from", Set.of("predecessor", "counterpart")),
            Map.entry("held", Set.of("when-done")));
    private static final Pattern MACRO = Pattern.compile("\\$\\{([A-Z_]+)}");
    private static final Pattern SEMGREX_NAME = Pattern.compile("=(\\w+)");
    private static final Pattern TOKENS_NAME = Pattern.compile("\\(\\?\\$(\\w+)");

    private RuleFile() {
    }

    /** A block's lines, key → value, with the line each key stood on. */
    private record Block(Map<String, String> values, Map<String, Integer> lines, int first) {
    }

    static List<Rule> parse(String file, List<String> lines, Map<String, String> macros) {
        List<Block> blocks = blocks(file, lines);
        if (blocks.isEmpty() || blocks.get(0).values().containsKey("id")) {
            throw new IllegalArgumentException(file + ":1: a rule file opens with 'roles:' and 'nodes:' declaring what its rules may bind");
        }
        Block header = blocks.get(0);
        Set<String> roles = words(header.values().get("roles"));
        Set<String> nodes = words(header.values().get("nodes"));
        if (roles.isEmpty()) {
            throw new IllegalArgumentException(file + ":" + header.first() + ": the opening block declares no 'roles:'");
        }
        List<Rule> out = new ArrayList<>();
        for (Block b : blocks.subList(1, blocks.size())) {
            out.add(rule(file, b, roles, nodes, macros));
        }
        return out;
    }

    private static List<Block> blocks(String file, List<String> lines) {
        List<Block> out = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> at = new LinkedHashMap<>();
        int first = 0;
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i).strip() : "";
            if (line.isEmpty()) {
                if (!values.isEmpty()) {
                    out.add(new Block(Map.copyOf(values), Map.copyOf(at), first));
                    values.clear();
                    at.clear();
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
            String key = line.substring(0, colon).strip();
            if (values.isEmpty()) {
                first = i + 1;
            }
            if (values.containsKey(key)) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": '" + key + ":' given twice in one block");
            }
            values.put(key, line.substring(colon + 1).strip());
            at.put(key, i + 1);
        }
        return out;
    }

    private static Rule rule(String file, Block b, Set<String> roles, Set<String> nodes, Map<String, String> macros) {
        Map<String, String> v = b.values();
        for (String key : v.keySet()) {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException(where(file, b, key) + ": unknown key '" + key + ":' (" + String.join(", ", KEYS) + ")");
            }
        }
        for (String key : List.of("id", "type", "example")) {
            if (!v.containsKey(key) || v.get(key).isBlank()) {
                throw new IllegalArgumentException(file + ":" + b.first() + ": rule lacks '" + key + ":'");
            }
        }
        if (v.containsKey("pattern") == v.containsKey("tokens")) {
            throw new IllegalArgumentException(file + ":" + b.first() + ": rule " + v.get("id")
                    + " needs exactly one of 'pattern:' (Semgrex) or 'tokens:' (TokensRegex)");
        }
        FactType type;
        try {
            type = FactType.parse(v.get("type"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where(file, b, "type") + ": unknown record type '" + v.get("type") + "'");
        }
        String key = v.containsKey("pattern") ? "pattern" : "tokens";
        String text = expand(where(file, b, key), v.get(key), macros);
        Pattern names = key.equals("pattern") ? SEMGREX_NAME : TOKENS_NAME;
        Matcher m = names.matcher(text);
        while (m.find()) {
            if (!roles.contains(m.group(1)) && !nodes.contains(m.group(1))) {
                throw new IllegalArgumentException(where(file, b, key) + ": rule " + v.get("id") + " binds '" + m.group(1)
                        + "', which is neither a role (" + String.join(" ", roles) + ") nor a node (" + String.join(" ", nodes) + ") of this file");
            }
        }
        Map<String, String> settings = new LinkedHashMap<>();
        attributes(where(file, b, "set"), v.getOrDefault("set", ""), settings);
        options(where(file, b, "option"), v.getOrDefault("option", ""), type, settings);
        try {
            SemgrexPattern semgrex = key.equals("pattern") ? SemgrexPattern.compile(text) : null;
            TokenSequencePattern tokens = key.equals("tokens") ? TokenSequencePattern.compile(text) : null;
            return new Rule(v.get("id"), type, semgrex, tokens, settings, file + ":" + b.first(),
                    semgrex == null ? null : Rule.rootLemmaOf(text), v.get("example"));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(where(file, b, key) + ": rule " + v.get("id") + ": " + e.getMessage(), e);
        }
    }

    private static String where(String file, Block b, String key) {
        return file + ":" + b.lines().getOrDefault(key, b.first());
    }

    private static String expand(String where, String pattern, Map<String, String> macros) {
        Matcher m = MACRO.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String list = macros.get(m.group(1));
            if (list == null) {
                throw new IllegalArgumentException(where + ": unknown word list ${" + m.group(1) + "} (rules/macros.tsv)");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(list));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static void attributes(String where, String text, Map<String, String> into) {
        for (String pair : words(text)) {
            String[] kv = pair.split("=", 2);
            boolean ok = kv.length == 2 && switch (kv[0]) {
                case "status" -> STATUSES.contains(kv[1]);
                case "domain" -> DOMAINS.contains(kv[1]);
                case "title" -> !kv[1].isBlank();
                default -> false;
            };
            if (!ok) {
                throw new IllegalArgumentException(where + ": unknown attribute '" + pair + "' (status=" + String.join("|", STATUSES)
                        + ", domain=" + String.join("|", DOMAINS) + ", title=WORD)");
            }
            into.put(kv[0], kv[1]);
        }
    }

    private static void options(String where, String text, FactType type, Map<String, String> into) {
        for (String pair : words(text)) {
            String[] kv = pair.split("=", 2);
            boolean ok = kv.length == 2 && (kv[0].equals("require") ? type.roles().contains(kv[1])
                    : OPTIONS.containsKey(kv[0]) && OPTIONS.get(kv[0]).contains(kv[1]));
            if (!ok) {
                throw new IllegalArgumentException(where + ": unknown option '" + pair + "' (" + OPTIONS + ", require=ROLE)");
            }
            into.put(kv[0], kv[1]);
        }
    }

    private static Set<String> words(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text != null) {
            for (String w : text.strip().split("\\s+")) {
                if (!w.isEmpty()) {
                    out.add(w);
                }
            }
        }
        return out;
    }
}

package org.w3id.attache.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the scorer compares names and phrases: case, accents, possessives and honorifics set
 * aside; equivalence classes of names and "lies within" links from alias files (the format of
 * {@code ../shared/eval/aliases.tsv}); titles and items compared on content words.
 */
public final class Names {
    private static final List<String> HONORIFICS = List.of("senior general", "vice senior general", "lieutenant general",
            "major general", "brigadier general", "lt gen", "maj gen", "brig gen",
            "general", "gen", "president", "prime minister", "dr", "mr", "ms", "mrs",
            "u", "daw", "admiral", "colonel", "col", "marshal");
    private static final Set<String> STOP = Set.of("the", "of", "a", "an", "and", "for", "in", "on", "at", "to", "s", "with");
    static final Set<String> RANK = Set.of("deputy", "vice", "acting", "first", "assistant", "former", "joint", "second");
    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("'s\\b");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9 ]+");

    private final Map<String, String> canon = new HashMap<>();
    private final Map<String, Set<String>> inside = new HashMap<>();

    private Names() {
    }

    /** No aliases: names match only by their normal form. */
    public static Names none() {
        return new Names();
    }

    /** The aliases of these files, in order (a later class may extend an earlier one's names). */
    public static Names read(List<Path> files) throws IOException {
        Names names = new Names();
        for (Path f : files) {
            if (Files.isRegularFile(f)) {
                names.add(Files.readAllLines(f, StandardCharsets.UTF_8));
            }
        }
        return names;
    }

    /** Adds alias lines: a canonical name and its variants, or {@code @in A B}. */
    public void add(List<String> lines) {
        for (String line : lines) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> cols = java.util.Arrays.stream(line.split("\t")).filter(c -> !c.isEmpty()).toList();
            if (cols.isEmpty()) {
                continue;
            }
            if (cols.get(0).equals("@in") && cols.size() == 3) {
                inside.computeIfAbsent(key(cols.get(1)), k -> new HashSet<>()).add(key(cols.get(2)));
                continue;
            }
            String head = stripHonorifics(norm(cols.get(0)));
            for (String alias : cols) {
                canon.put(stripHonorifics(norm(alias)), head);
            }
        }
    }

    /** Lower case, no accents or punctuation, no possessive 's, no leading "the"; "defense" spelt "defence". */
    public static String norm(String text) {
        String t = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD);
        t = COMBINING.matcher(t).replaceAll("");
        t = t.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace("defense", "defence");
        t = POSSESSIVE.matcher(t).replaceAll("");
        t = NOT_WORD.matcher(t).replaceAll(" ");
        t = String.join(" ", t.strip().split("\\s+"));
        return t.startsWith("the ") ? t.substring(4) : t;
    }

    static String stripHonorifics(String name) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String h : HONORIFICS) {
                if (name.startsWith(h + " ") && name.length() > h.length() + 1) {
                    name = name.substring(h.length() + 1);
                    changed = true;
                }
            }
        }
        return name;
    }

    /** The content words of a phrase, a plural s set aside. */
    static Set<String> tokens(String text) {
        Set<String> out = new LinkedHashSet<>();
        String n = norm(text);
        if (n.isEmpty()) {
            return out;
        }
        for (String t : n.split(" ")) {
            if (!STOP.contains(t)) {
                out.add(t.length() > 3 && t.endsWith("s") ? t.substring(0, t.length() - 1) : t);
            }
        }
        return out;
    }

    /** The canonical key of a name. */
    public String key(String name) {
        String n = stripHonorifics(norm(name));
        return canon.getOrDefault(n, n);
    }

    private Set<String> containers(String key) {
        Set<String> out = new HashSet<>();
        for (String up : inside.getOrDefault(key, Set.of())) {
            if (out.add(up)) {
                out.addAll(containers(up));
            }
        }
        return out;
    }

    /** Do the gold name and the predicted one name the same entity (or, with {@code allowIn}, one inside the other)? */
    public boolean sameEntity(String gold, String pred, boolean allowIn) {
        if (gold.isEmpty()) {
            return true;
        }
        if (pred.isEmpty()) {
            return false;
        }
        String g = key(gold);
        String p = key(pred);
        if (g.equals(p)) {
            return true;
        }
        if (allowIn && (containers(p).contains(g) || containers(g).contains(p))) {
            return true;
        }
        Set<String> gt = new HashSet<>(List.of(g.split(" ")));
        Set<String> pt = new HashSet<>(List.of(p.split(" ")));
        Set<String> small = gt.size() <= pt.size() ? gt : pt;
        Set<String> large = small == gt ? pt : gt;
        return small.size() >= 2 && large.containsAll(small);
    }

    /** Do two phrases (titles, items, events) say the same on their content words, ranks agreeing? */
    public static boolean samePhrase(String gold, String pred, double threshold) {
        if (gold.isEmpty()) {
            return true;
        }
        Set<String> g = tokens(gold);
        Set<String> p = tokens(pred);
        if (g.isEmpty() || p.isEmpty()) {
            return false;
        }
        Set<String> gr = new HashSet<>(g);
        gr.retainAll(RANK);
        Set<String> pr = new HashSet<>(p);
        pr.retainAll(RANK);
        if (!gr.equals(pr)) {
            return false;
        }
        Set<String> small = g.size() <= p.size() ? g : p;
        Set<String> large = small == g ? p : g;
        if (large.containsAll(small)) {
            return true;
        }
        Set<String> both = new HashSet<>(g);
        both.retainAll(p);
        Set<String> either = new HashSet<>(g);
        either.addAll(p);
        return (double) both.size() / either.size() >= threshold;
    }

    /** Dates agree on their common prefix: a month accepts any day of it. */
    public static boolean sameDate(String gold, String pred) {
        if (gold.isEmpty()) {
            return true;
        }
        String p = pred.strip();
        p = p.length() > 10 ? p.substring(0, 10) : p;
        if (p.isEmpty()) {
            return false;
        }
        int n = Math.min(gold.length(), p.length());
        return gold.substring(0, n).equals(p.substring(0, n));
    }

    /** A closed-vocabulary word (a domain, a status), through a table of synonyms. */
    static boolean sameWord(Map<String, String> table, String gold, String pred) {
        if (gold.isEmpty()) {
            return true;
        }
        String g = norm(gold).replace(' ', '-');
        String p = norm(pred).replace(' ', '-');
        return table.getOrDefault(g, g).equals(table.getOrDefault(p, p));
    }

    static boolean yes(String v) {
        return Set.of("yes", "true", "1", "hedged", "reported").contains(norm(v));
    }
}

package org.w3id.attache.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words that can signal a fact, from {@code rules/triggers/TYPE.tsv}, and the nouns that head
 * event names ({@code rules/triggers/events.tsv}). A line that names an unknown slot, role, class
 * or setting fails with its file and line.
 */
public final class TriggerLexicon {
    static final List<FactType> TYPES = List.of(FactType.VISIT, FactType.MEETING, FactType.COOPERATION, FactType.SUPPLY,
            FactType.ATTENDANCE, FactType.DELEGATION, FactType.STATEMENT);
    private static final Set<String> NAMED_SLOTS = Set.of("subj", "obj", "iobj", "poss", "amod", "compound", "appos");
    private static final Pattern PREPOSITION = Pattern.compile("[a-z]+(_[a-z]+)*");
    private static final Map<String, Set<String>> SETTINGS = Map.of("status", Set.of("signed", "agreed", "discussed", "planned",
            "ongoing", "not-started", "requested"));

    /** The part of speech a trigger must have. */
    public enum WordClass {
        VERB, NOUN, ANY;

        boolean admits(String tag) {
            return this == ANY || this == VERB && tag.startsWith("VB") || this == NOUN && tag.startsWith("NN");
        }
    }

    /**
     * One reading of a trigger word.
     *
     * @param head the lemma of the trigger
     * @param dependent the lemma a child of the trigger must have ("part" of "take part"), or empty
     * @param wordClass the part of speech
     * @param type the record type it signals
     * @param slots slot → role
     * @param settings attributes the trigger gives
     * @param origin file and line
     */
    public record Sense(String head, String dependent, WordClass wordClass, FactType type, Map<String, String> slots,
                        Map<String, String> settings, String origin) {
    }

    private final Map<String, List<Sense>> byHead;
    private final Set<String> eventNouns;

    private TriggerLexicon(Map<String, List<Sense>> byHead, Set<String> eventNouns) {
        this.byHead = byHead;
        this.eventNouns = eventNouns;
    }

    /** The lexicons shipped on the class path under {@code /rules/triggers/}. */
    public static TriggerLexicon bundled() {
        Map<String, List<Sense>> byHead = new HashMap<>();
        for (FactType type : TYPES) {
            String file = "rules/triggers/" + type.id() + ".tsv";
            for (Sense s : parse(file, type, read("/" + file))) {
                byHead.computeIfAbsent(s.head(), h -> new ArrayList<>()).add(s);
            }
        }
        Set<String> events = new HashSet<>();
        for (String line : read("/rules/triggers/events.tsv")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                events.add(line.strip().toLowerCase(Locale.ROOT));
            }
        }
        return new TriggerLexicon(byHead, Set.copyOf(events));
    }

    /** The senses whose head lemma this is, of a word with this part-of-speech tag. */
    public List<Sense> senses(String lemma, String tag) {
        List<Sense> out = new ArrayList<>();
        for (Sense s : byHead.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of())) {
            if (s.wordClass().admits(tag == null ? "" : tag)) {
                out.add(s);
            }
        }
        return out;
    }

    /** Does this lemma head the name of an event (summit, parade, ceremony)? */
    public boolean isEventNoun(String lemma) {
        return lemma != null && eventNouns.contains(lemma.toLowerCase(Locale.ROOT));
    }

    static List<Sense> parse(String file, FactType type, List<String> lines) {
        List<Sense> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = file + ":" + (i + 1);
            String[] cols = line.split("\t", -1);
            if (cols.length < 3) {
                throw new IllegalArgumentException(where + ": expected 'phrase<TAB>class<TAB>roles[<TAB>set]'");
            }
            String[] words = cols[0].strip().toLowerCase(Locale.ROOT).split("\\s+");
            if (words.length > 2) {
                throw new IllegalArgumentException(where + ": a trigger is one lemma or a lemma and its dependent, not '" + cols[0] + "'");
            }
            WordClass wordClass;
            try {
                wordClass = WordClass.valueOf(cols[1].strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": unknown class '" + cols[1].strip() + "' (verb, noun or any)");
            }
            out.add(new Sense(words[0], words.length > 1 ? words[1] : "", wordClass, type, slots(where, type, cols[2]),
                    settings(where, cols.length > 3 ? cols[3] : ""), where));
        }
        return out;
    }

    private static Map<String, String> slots(String where, FactType type, String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : text.strip().split("\\s+")) {
            String[] kv = pair.split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException(where + ": expected slot=role, not '" + pair + "'");
            }
            if (!NAMED_SLOTS.contains(kv[0]) && !PREPOSITION.matcher(kv[0]).matches()) {
                throw new IllegalArgumentException(where + ": unknown slot '" + kv[0] + "'");
            }
            if (!type.roles().contains(kv[1])) {
                throw new IllegalArgumentException(where + ": a " + type.id() + " has no role '" + kv[1] + "' (roles: "
                        + String.join(", ", type.roles()) + ")");
            }
            out.put(kv[0], kv[1]);
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    private static Map<String, String> settings(String where, String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : text.strip().split("\\s+")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] kv = pair.split("=", 2);
            Set<String> allowed = SETTINGS.get(kv[0]);
            if (kv.length != 2 || allowed == null || !allowed.contains(kv[1])) {
                throw new IllegalArgumentException(where + ": unknown setting '" + pair + "' (" + SETTINGS + ")");
            }
            out.put(kv[0], kv[1]);
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    private static List<String> read(String resource) {
        return BundledFile.lines(resource, "trigger lexicon");
    }
}

package org.w3id.attache.nlp;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words and designations of {@code gazetteer/arms.tsv}: what category of goods an item
 * phrase names ("12 Rafale fighter jets": fighter-aircraft) and which state makes the design
 * (Rafale: France), where one does.
 */
public final class ArmsLexicon {

    /** A designation in the plural: letters, an optional hyphen, a number, capitals, then "s" ("F-16s", "Mi-8s", "Su-30SMs"). */
    private static final Pattern PLURAL_DESIGNATION = Pattern.compile("\\b([A-Za-z]+-?[0-9]+[A-Z0-9]*)s\\b");

    private final Map<String, String> categories = new HashMap<>();
    private final Map<String, String> makers = new HashMap<>();
    private final Set<String> designs = new HashSet<>();

    void add(String phrase, String category, String makerIso2) {
        String key = Gazetteer.normalise(phrase);
        categories.put(key, category.strip());
        if (!phrase.equals(phrase.toLowerCase(Locale.ROOT)) || phrase.chars().anyMatch(Character::isDigit)) {
            designs.add(key);
        }
        if (!makerIso2.isBlank()) {
            makers.put(key, makerIso2.strip());
        }
    }

    /**
     * An item phrase with each designation in the plural made singular ("24 F-16s" → "24 F-16"),
     * so that an item is named by its design whatever the count; decades ("1990s") and words
     * without a number stay as they are.
     */
    public static String singularDesignations(String item) {
        return PLURAL_DESIGNATION.matcher(item).replaceAll("$1");
    }

    /** The category of a listed phrase ("fighter jets" → fighter-aircraft). */
    public Optional<String> category(String phrase) {
        return Optional.ofNullable(categories.get(Gazetteer.normalise(phrase)));
    }

    /** The category of an item phrase: the longest listed phrase ending it, else a listed word in it. */
    public Optional<String> categoryOfItem(String item) {
        return listedIn(item).map(categories::get);
    }

    /**
     * Does an item phrase name a design ("19 F-16s", "Typhoon aircraft", "Su-30SME jets") and not
     * only a class of goods ("24 aircraft", "the equipment")? Designations are the listed
     * phrases written with a capital or a digit.
     */
    public boolean namesDesign(String item) {
        for (String w : Gazetteer.normalise(item).split(" ")) {
            if (designation(w).filter(designs::contains).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Does an item phrase name only a class of goods: no design the lexicon lists, and no word but
     * a leading count written with a capital or a digit ("TOW 2B missiles" names a design the
     * lexicon does not list; "24 jets" does not)?
     */
    public boolean namesOnlyAClass(String item) {
        String[] words = item.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            boolean count = i == 0 && words[i].chars().allMatch(Character::isDigit);
            if (!count && words[i].chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))) {
                return false;
            }
        }
        return !namesDesign(item);
    }

    /**
     * The ISO code of the state that makes the design an item phrase names ("two Su-30SME jets"
     * → RU, "F-16s" → US), if one does: the longest run of words with a maker.
     */
    public Optional<String> makerOfItem(String item) {
        String[] words = Gazetteer.normalise(item).split(" ");
        for (int length = words.length; length > 0; length--) {
            for (int from = 0; from + length <= words.length; from++) {
                String phrase = String.join(" ", Arrays.copyOfRange(words, from, from + length));
                String maker = makers.getOrDefault(phrase, makers.get(phrase.replaceAll("(?<=\\d)s$", "")));
                if (maker != null) {
                    return Optional.of(maker);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The listed phrase an item names: the longest listed tail ("fighter jets" in "12 Rafale
     * fighter jets" comes second to nothing longer), else the first word that is or extends a
     * listed designation.
     */
    private Optional<String> listedIn(String item) {
        String[] words = Gazetteer.normalise(item).split(" ");
        for (int from = 0; from < words.length; from++) {
            String tail = String.join(" ", Arrays.copyOfRange(words, from, words.length));
            if (categories.containsKey(tail)) {
                return Optional.of(tail);
            }
        }
        for (String w : words) {
            Optional<String> listed = designation(w).or(() -> Optional.of(w.replaceAll("-\\w+$", "")).filter(categories::containsKey));
            if (listed.isPresent()) {
                return listed;
            }
        }
        return Optional.empty();
    }

    /**
     * The listed designation a word is or extends: its plural ("F-16s" → F-16), a variant
     * ("Su-30SME" → Su-30, "Pantsir-S1E" → Pantsir) or a member of a listed prefix ("Kh-101" →
     * Kh-). A generic word's plural or compound ("tanks", "arms-for-oil") is none.
     */
    private Optional<String> designation(String word) {
        for (int end = word.length(); end >= 2; end--) {
            String head = word.substring(0, end);
            if (!categories.containsKey(head)) {
                continue;
            }
            String rest = word.substring(end);
            boolean designation = head.chars().anyMatch(Character::isDigit);
            boolean extension = rest.isEmpty() || head.endsWith("-") || Character.isDigit(head.charAt(end - 1)) || designation && rest.equals("s")
                    || rest.startsWith("-") && rest.chars().anyMatch(Character::isDigit);
            return extension ? Optional.of(head) : Optional.empty();
        }
        return Optional.empty();
    }
}

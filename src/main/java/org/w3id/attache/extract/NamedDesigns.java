package org.w3id.attache.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3id.attache.nlp.AnalysedArticle;
import org.w3id.attache.nlp.ArmsLexicon;
import org.w3id.attache.nlp.Gazetteer;

/**
 * "China has launched the first of eight Hangor-class submarines for Pakistan … Beijing had agreed
 * to provide eight advanced submarines": a supply that names only a class of goods, in a story that
 * names one design of that class and no other, is of that design, and is labelled by it
 * ("eight Hangor-class submarines"). A design is one the arms lexicon lists ("J-10 fighters") or a
 * class word after a name of the kind a design has ("Hangor-class", "054A", "S26T"). Two designs
 * of the class, a design its supplier's state does not make when the lexicon knows the maker, or a
 * supply of that design already told leave the item as it is.
 */
final class NamedDesigns implements ArticlePass {
    /** A word that names a design without the lexicon: "Hangor-class", "S26T", "054A". */
    private static final Pattern UNLISTED = Pattern.compile("[A-Z][A-Za-z]+-class|[A-Z]+[0-9][A-Za-z0-9-]*|[0-9]+[A-Z]+");
    /** Classes too wide to stand for one design. */
    private static final Set<String> WIDE = Set.of("weapons", "military-equipment", "goods", "non-military-aid", "ammunition", "small-arms", "aircraft");
    private static final Pattern COUNT = Pattern.compile("^(\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty)\\s+");

    private final Gazetteer gazetteer;
    private final ArmsLexicon arms;
    private final HomeStates homes;

    NamedDesigns(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.arms = gazetteer.arms();
        this.homes = new HomeStates(gazetteer);
    }

    @Override
    public List<Fact> apply(List<Fact> facts, AnalysedArticle doc) {
        Map<String, Map<String, String>> designs = designsByClass(doc);
        List<Fact> out = new ArrayList<>();
        for (Fact f : facts) {
            Optional<String> design = f.type() == FactType.SUPPLY ? designFor(f, designs) : Optional.empty();
            if (design.isEmpty()) {
                out.add(f);
                continue;
            }
            String item = countOf(f.value("item")) + withClassWord(design.get(), f.value("item"));
            boolean told = facts.stream().anyMatch(g -> g != f && g.type() == FactType.SUPPLY && sameDesign(g.value("item"), design.get())
                    && homes.sameState(g.role("supplier"), f.role("supplier")) && homes.sameState(g.role("recipient"), f.role("recipient")));
            if (!told) {
                out.add(f.withValue("item", item));
            }
        }
        return out;
    }

    /** The one design of the item's class the story names, if the item names only a class. */
    private Optional<String> designFor(Fact supply, Map<String, Map<String, String>> designs) {
        String item = supply.value("item");
        if (item.isBlank() || !arms.namesOnlyAClass(item)) {
            return Optional.empty();
        }
        Optional<String> category = arms.categoryOfItem(item).filter(c -> !WIDE.contains(c));
        Map<String, String> named = category.map(designs::get).orElse(Map.of());
        if (named.size() != 1) {
            return Optional.empty();
        }
        String design = named.values().iterator().next();
        boolean otherMaker = arms.makerOfItem(design).flatMap(gazetteer::country)
                .filter(maker -> supply.role("supplier") != null && !homes.sameState(supply.role("supplier"), maker)).isPresent();
        return otherMaker ? Optional.empty() : Optional.of(design);
    }

    /**
     * Every design the article names, by its class, each once by its design word however often
     * and in whatever number it is named: "J-10 fighters", "Hangor-class submarines".
     */
    private Map<String, Map<String, String>> designsByClass(AnalysedArticle doc) {
        Map<String, Map<String, String>> out = new HashMap<>();
        for (int i = 0; i < doc.sentenceCount(); i++) {
            List<CoreLabel> tokens = doc.tokens(i);
            for (int t = 0; t < tokens.size(); t++) {
                String phrase = designAt(tokens, t);
                if (phrase != null) {
                    String key = phrase.split(" ")[0].toLowerCase(Locale.ROOT).replaceFirst("(?<=\\d)s$", "");
                    arms.categoryOfItem(phrase).ifPresent(c -> out.computeIfAbsent(c, k -> new LinkedHashMap<>()).putIfAbsent(key, phrase));
                }
            }
        }
        return out;
    }

    /** The design phrase that begins at token {@code t}: a design word and the class words after it. */
    private String designAt(List<CoreLabel> tokens, int t) {
        String word = tokens.get(t).word();
        boolean listed = arms.namesDesign(word) && word.chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
        boolean unlisted = UNLISTED.matcher(word).matches() && t + 1 < tokens.size();
        if (!listed && !unlisted) {
            return null;
        }
        StringBuilder phrase = new StringBuilder(word);
        int end = t + 1;
        while (end < tokens.size() && tokens.get(end).tag() != null && tokens.get(end).tag().matches("NNS?") && end - t <= 3) {
            phrase.append(' ').append(tokens.get(end).word());
            end++;
        }
        if (!listed && end == t + 1) {
            return null;
        }
        return listed || arms.categoryOfItem(phrase.toString()).isPresent() ? phrase.toString() : null;
    }

    /**
     * The design's own words with the item's class word: "six modern frigates" of the
     * "Lautaro-class frigate" are "six Lautaro-class frigates", "drones" of "Bayraktar" are
     * "Bayraktar drones".
     */
    private String withClassWord(String design, String item) {
        String[] words = item.strip().split("\\s+");
        StringBuilder own = new StringBuilder();
        for (String w : design.split(" ")) {
            if (own.length() > 0 && arms.category(w).isPresent()) {
                break;
            }
            own.append(own.length() > 0 ? " " : "").append(w);
        }
        return own + " " + words[words.length - 1];
    }

    private static String countOf(String item) {
        java.util.regex.Matcher m = COUNT.matcher(item.strip().toLowerCase(Locale.ROOT));
        return m.find() ? item.strip().substring(0, m.end()) : "";
    }

    private static boolean sameDesign(String item, String design) {
        return item != null && item.toLowerCase(Locale.ROOT).contains(design.split(" ")[0].toLowerCase(Locale.ROOT));
    }
}

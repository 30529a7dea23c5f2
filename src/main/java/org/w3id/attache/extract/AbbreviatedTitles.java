package org.w3id.attache.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3id.attache.nlp.AnalysedArticle;
import org.w3id.attache.nlp.Gazetteer;

/**
 * A post titled by an abbreviation the title gazetteer lists ("PM", matched in capitals only) is
 * titled in full ("Prime Minister"), as a reader would write it; a post the article then states
 * twice, once in full and once abbreviated, is kept once.
 */
final class AbbreviatedTitles implements ArticlePass {
    private final Gazetteer gazetteer;

    AbbreviatedTitles(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public List<Fact> apply(List<Fact> facts, AnalysedArticle doc) {
        Set<String> stated = new HashSet<>();
        facts.stream().filter(f -> f.type() == FactType.POSITION && spelledOut(f) == f).forEach(f -> stated.add(FactKey.of(f)));
        List<Fact> out = new ArrayList<>();
        for (Fact f : facts) {
            Fact full = f.type() == FactType.POSITION ? spelledOut(f) : f;
            if (full == f || stated.add(FactKey.of(full))) {
                out.add(full);
            }
        }
        return out;
    }

    /** The fact with each abbreviated word of its title spelled out, or the fact itself when there is none. */
    private Fact spelledOut(Fact f) {
        String title = f.value("title");
        StringBuilder full = new StringBuilder();
        boolean changed = false;
        for (String word : title.split(" ")) {
            Optional<String> expansion = expansion(word);
            full.append(full.isEmpty() ? "" : " ").append(expansion.orElse(word));
            changed |= expansion.isPresent();
        }
        if (!changed) {
            return f;
        }
        Map<String, String> values = new LinkedHashMap<>(f.values());
        values.put("title", full.toString());
        return new Fact(f.type(), f.ruleId(), f.sentence(), f.roles(), values, f.date(), f.certainty(), f.negated(), f.future(),
                f.hedge(), f.hedged(), f.attributedTo(), f.flashback());
    }

    /** "PM" → "Prime Minister": a word in capitals that the gazetteer lists as an office's abbreviation. */
    private Optional<String> expansion(String word) {
        if (word.length() < 2 || !word.equals(word.toUpperCase(Locale.ROOT)) || !word.chars().allMatch(Character::isLetter)) {
            return Optional.empty();
        }
        return gazetteer.title(word).filter(t -> t.kind().equals("office") && t.abbreviation())
                .map(t -> capitalised(t.canonical()));
    }

    private static String capitalised(String phrase) {
        StringBuilder out = new StringBuilder();
        for (String w : phrase.split(" ")) {
            out.append(out.isEmpty() ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return out.toString();
    }
}

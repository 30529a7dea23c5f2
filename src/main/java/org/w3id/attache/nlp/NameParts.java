package org.w3id.attache.nlp;

import java.text.Normalizer;
import java.util.Set;

/** Whether a one-word name is part of a longer one: "Marcos" of "Ferdinand R. Marcos Jr.", "Vucic" of "Aleksandar Vučić". */
final class NameParts {
    /** Generational suffixes, never a name of their own. */
    private static final Set<String> NAME_SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");

    /** The Arabic article written before a surname: "al-Sisi", "el-Sisi". */
    private static final java.util.regex.Pattern ARABIC_ARTICLE = java.util.regex.Pattern.compile("^[ae]l-(?=\\p{L}{2})");

    private NameParts() {
    }

    /** "Vučić" as "Vucic": news in English drops the marks a linked label keeps. */
    private static String unaccented(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /**
     * Is a one-word name one of the words of a longer one, other than an initial or a
     * generational suffix: "Marcos" of "Ferdinand R. Marcos Jr."; "Sisi" of "Abdel Fattah el-Sisi",
     * since news drops the Arabic article of a surname ("al-", "el-") when it names the person again?
     */
    static boolean partOfName(String word, String fullName) {
        String[] parts = unaccented(Gazetteer.normalise(fullName)).split(" ");
        word = unaccented(word);
        if (word.contains(" ") || parts.length < 2 || NAME_SUFFIXES.contains(word) || word.replace(".", "").length() < 2) {
            return false;
        }
        for (String part : parts) {
            String bare = part.replaceAll("[.,]", "");
            if (bare.equals(word) || withoutArticle(bare).equals(word)) {
                return true;
            }
        }
        return false;
    }

    private static String withoutArticle(String part) {
        return ARABIC_ARTICLE.matcher(part).replaceFirst("");
    }
}

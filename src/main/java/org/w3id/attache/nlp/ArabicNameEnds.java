package org.w3id.attache.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a listed person's name ends when the text goes on with the father's or the family's
 * names: "Mohammed bin Salman bin Abdul Aziz" and "Mohammed bin Salman Al Saud" are Mohammed bin
 * Salman, not him and a person named Abdul Aziz or Al Saud.
 */
final class ArabicNameEnds {
    /** Words that lead a father's name in an Arabic name ("son of", "daughter of"). */
    private static final Set<String> PATRONYMIC = Set.of("bin", "bint", "ibn");
    /** Words that lead a family's name at the end of an Arabic name ("Al Thani", "Al-Sabah", "el-Sisi"). */
    private static final Set<String> FAMILY = Set.of("al", "el");

    private ArabicNameEnds() {
    }

    /** The token after the name that ends at {@code end}, with any father's and family's names the text adds. */
    static int after(List<CoreLabel> tokens, int end) {
        int j = end;
        while (j + 1 < tokens.size() && PATRONYMIC.contains(tokens.get(j).word().toLowerCase(Locale.ROOT)) && PhraseScanner.isNameToken(tokens.get(j + 1))) {
            j += 2;
            while (j < tokens.size() && PhraseScanner.isNameToken(tokens.get(j))) {
                j++;
            }
        }
        return familyEnd(tokens, j);
    }

    /** After an Arabic name, its family's name: "Al Saud", "al-Thani". */
    private static int familyEnd(List<CoreLabel> tokens, int j) {
        if (j >= tokens.size()) {
            return j;
        }
        String[] parts = tokens.get(j).word().split("-", 2);
        if (!FAMILY.contains(parts[0].toLowerCase(Locale.ROOT))) {
            return j;
        }
        if (parts.length == 2) {
            return !parts[1].isEmpty() && Character.isUpperCase(parts[1].charAt(0)) ? j + 1 : j;
        }
        return j + 1 < tokens.size() && PhraseScanner.isNameToken(tokens.get(j + 1)) ? j + 2 : j;
    }
}

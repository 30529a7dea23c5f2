package org.w3id.attache.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;

/** The text of token spans as the gazetteer lists names: words joined as the article spaces them. */
final class TokenText {

    private TokenText() {
    }

    static String phrase(List<CoreLabel> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder(word(tokens, from));
        for (int t = from + 1; t < to; t++) {
            if (!tokens.get(t).before().isEmpty()) {
                sb.append(' ');
            }
            sb.append(word(tokens, t));
        }
        return sb.toString();
    }

    /**
     * The token's word as the gazetteer lists it. At the end of a sentence the tokenizer keeps a
     * period on a short capitalised word and repeats it ("aired by RT." → "RT." "."): the name is
     * "RT". An abbreviation with periods of its own ("U.S.") keeps them.
     */
    static String word(List<CoreLabel> tokens, int t) {
        String w = tokens.get(t).word();
        boolean periodRepeated = t + 1 < tokens.size() && ".".equals(tokens.get(t + 1).word())
                && tokens.get(t + 1).beginPosition() <= tokens.get(t).endPosition() && tokens.get(t + 1).before().isEmpty();
        if (periodRepeated && w.length() > 1 && w.indexOf('.') == w.length() - 1) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}

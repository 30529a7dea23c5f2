package org.w3id.attache.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * A quotation in an article's body: the offsets of its opening mark and one past its closing
 * mark, or its line's end when it runs on into the next paragraph unclosed.
 */
public record Quotation(int open, int close) {

    /** Does the quotation hold the character at {@code offset} (its marks excluded)? */
    public boolean contains(int offset) {
        return open < offset && offset < close;
    }

    /**
     * The quotations of a text. A quotation mark after a space or at a line's start opens one; a
     * mark right after a word or a stop closes it, whichever mark the writer typed (“…“ and "…”
     * occur); a line's end closes one left open, since each paragraph of a quotation running on
     * opens again. A closing mark on a line that opened none ends a quotation that began with the
     * line, the last paragraph of one whose writer left its opening mark out.
     */
    public static List<Quotation> in(String body) {
        List<Quotation> out = new ArrayList<>();
        int open = -1;
        int lineStart = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            boolean mark = c == '"' || c == '\u201C' || c == '\u201D';
            boolean closing = mark && i > lineStart && !Character.isWhitespace(body.charAt(i - 1));
            if (c == '\n') {
                lineStart = i + 1;
            }
            if (open >= 0 && (c == '\n' || closing)) {
                out.add(new Quotation(open, c == '\n' ? i : i + 1));
                open = -1;
            } else if (open < 0 && closing && (out.isEmpty() || out.get(out.size() - 1).close() <= lineStart)) {
                out.add(new Quotation(lineStart - 1, i + 1));
            } else if (open < 0 && mark && c != '\u201D' && (i == 0 || Character.isWhitespace(body.charAt(i - 1)) || "([:\u2014".indexOf(body.charAt(i - 1)) >= 0)) {
                open = i;
            }
        }
        if (open >= 0) {
            out.add(new Quotation(open, body.length()));
        }
        return out;
    }
}

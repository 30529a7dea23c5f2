package org.w3id.attache.guard;

/**
 * How deeply a text in a Turtle-like syntax (Turtle, TriG, N-Triples, N-Quads) or in JSON nests,
 * read one character at a time: {@code [ ( {} and {@code <<} open a level, {@code ] ) }} and
 * {@code >>} close one, except inside strings ({@code "…"}, {@code '…'}, and the long forms with
 * three quotes), IRIs ({@code <…>}) and comments ({@code #} to the end of the line). JSON is read
 * by the same rules: valid JSON has no {@code '}, {@code <} or {@code #} outside its strings.
 *
 * <p>The parsers of these syntaxes recurse once per level, so a few thousand levels overflow the
 * stack; a reader that refuses text deeper than a limit before the parser reaches it keeps them
 * safe. One character is enough to decide: the caller feeds characters (or bytes: only ASCII
 * matters) as they pass.
 */
public final class NestingDepth {
    /** The deepest nesting read: attache's own data nests a handful of levels, the parsers overflow near 400. */
    public static final int LIMIT = 100;

    private enum State { CODE, LESS, IRI, GREATER, COMMENT, QUOTES, SHORT_STRING, SHORT_ESCAPE, LONG_STRING, LONG_ESCAPE }

    private State state = State.CODE;
    private int quote;
    /** Quotes seen in a row: opening a string (one to three), or closing a long one. */
    private int quotes;
    private int depth;
    private int deepest;

    /** The current depth after reading {@code c}. */
    public int read(int c) {
        switch (state) {
            case CODE -> code(c);
            case LESS -> less(c);
            case IRI -> state = c == '>' ? State.CODE : State.IRI;
            case GREATER -> greater(c);
            case COMMENT -> state = c == '\n' || c == '\r' ? State.CODE : State.COMMENT;
            case QUOTES -> quotes(c);
            case SHORT_STRING -> shortString(c);
            case SHORT_ESCAPE -> state = State.SHORT_STRING;
            case LONG_STRING -> longString(c);
            case LONG_ESCAPE -> state = State.LONG_STRING;
        }
        return depth;
    }

    /** The deepest level reached so far. */
    public int deepest() {
        return deepest;
    }

    /** The deepest level {@code text} reaches. */
    public static int of(CharSequence text) {
        NestingDepth d = new NestingDepth();
        for (int i = 0; i < text.length(); i++) {
            d.read(text.charAt(i));
        }
        return d.deepest();
    }

    private void code(int c) {
        switch (c) {
            case '[', '(', '{' -> open();
            case ']', ')', '}' -> close();
            case '<' -> state = State.LESS;
            case '>' -> state = State.GREATER;
            case '#' -> state = State.COMMENT;
            case '"', '\'' -> {
                quote = c;
                quotes = 1;
                state = State.QUOTES;
            }
            default -> {
            }
        }
    }

    /** After a {@code <}: a second one opens a triple term, anything else is the start of an IRI. */
    private void less(int c) {
        if (c == '<') {
            open();
            state = State.CODE;
        } else {
            state = c == '>' ? State.CODE : State.IRI;
        }
    }

    /** After a {@code >} outside an IRI: a second one closes a triple term. */
    private void greater(int c) {
        state = State.CODE;
        if (c == '>') {
            close();
        } else {
            code(c);
        }
    }

    /** One to three quotes open a string: one a short string, two an empty one, three a long one. */
    private void quotes(int c) {
        if (c == quote && quotes < 3) {
            quotes++;
            if (quotes == 3) {
                quotes = 0;
                state = State.LONG_STRING;
            }
            return;
        }
        if (quotes == 1) {
            state = State.SHORT_STRING;
            shortString(c);
        } else {
            state = State.CODE;
            code(c);
        }
    }

    /** A short string ends at its unescaped quote (or, malformed, at the end of the line). */
    private void shortString(int c) {
        if (c == '\\') {
            state = State.SHORT_ESCAPE;
        } else if (c == quote || c == '\n' || c == '\r') {
            state = State.CODE;
        }
    }

    /** A long string ends at three unescaped quotes in a row. */
    private void longString(int c) {
        if (c == '\\') {
            quotes = 0;
            state = State.LONG_ESCAPE;
        } else if (c == quote) {
            quotes++;
            if (quotes == 3) {
                state = State.CODE;
            }
        } else {
            quotes = 0;
        }
    }

    private void open() {
        depth++;
        deepest = Math.max(deepest, depth);
    }

    private void close() {
        depth = Math.max(0, depth - 1);
    }
}

package org.w3id.attache.guard;

import java.util.regex.Pattern;

/**
 * Text made safe to show on a terminal: escape sequences (ANSI CSI such as {@code ESC[31m}, and
 * OSC such as a window title) and every other C0 or C1 control character but tab, line feed and
 * the carriage return of a CRLF become as many spaces as they had characters, so offsets into the
 * text hold. (A carriage return alone would send the cursor back over what the line showed.)
 */
public final class TerminalText {
    private static final Pattern ESCAPE_SEQUENCE = Pattern.compile("\\x1B\\[[0-?]*[ -/]*[@-~]|\\x1B\\][^\\x07\\x1B]*(\\x07|\\x1B\\\\)?");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]|\\r(?!\\n)");

    private TerminalText() {
    }

    /** {@code text} with escape sequences and control characters blanked in place; null stays null. */
    public static String blank(String text) {
        if (text == null) {
            return null;
        }
        String noEscapes = ESCAPE_SEQUENCE.matcher(text).replaceAll(m -> " ".repeat(m.group().length()));
        return CONTROL.matcher(noEscapes).replaceAll(" ");
    }
}

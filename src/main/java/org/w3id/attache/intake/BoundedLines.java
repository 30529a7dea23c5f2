package org.w3id.attache.intake;

import java.io.IOException;
import java.io.Reader;

/**
 * The lines of a text, one at a time, none held longer than a limit: a line over it is read to
 * its end without being kept, and comes back as {@link Line#tooLong()}, so one huge line costs no
 * more memory than the limit. Lines end at LF or CRLF.
 */
final class BoundedLines {
    private final Reader in;
    private final int maxChars;
    private final char[] buffer = new char[8192];
    private int position;
    private int filled;
    private int number;

    BoundedLines(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /**
     * A line: its number (from 1), and its text, or null if it had more than the limit.
     *
     * @param length how many characters it had, line end not counted
     */
    record Line(int number, String text, long length) {
        boolean tooLong() {
            return text == null;
        }
    }

    /** The next line, or null at the end of the text. */
    Line next() throws IOException {
        StringBuilder kept = new StringBuilder();
        long length = 0;
        boolean any = false;
        while (true) {
            if (position == filled) {
                filled = in.read(buffer);
                position = 0;
                if (filled <= 0) {
                    filled = 0;
                    return any ? line(kept, length) : null;
                }
            }
            any = true;
            int end = position;
            while (end < filled && buffer[end] != '\n') {
                end++;
            }
            int chunk = end - position;
            if (length + chunk <= maxChars + 1) {
                kept.append(buffer, position, chunk);
            } else if (kept.length() > 0) {
                kept.setLength(0);
                kept.trimToSize();
            }
            length += chunk;
            position = end;
            if (end < filled) {
                position++;
                return line(kept, length);
            }
        }
    }

    /** How many lines were read so far. */
    int lineNumber() {
        return number;
    }

    private Line line(StringBuilder kept, long length) {
        number++;
        boolean crlf = length > 0 && (length <= maxChars + 1) && kept.charAt(kept.length() - 1) == '\r';
        long chars = crlf ? length - 1 : length;
        if (chars > maxChars) {
            return new Line(number, null, chars);
        }
        return new Line(number, crlf ? kept.substring(0, kept.length() - 1) : kept.toString(), chars);
    }
}

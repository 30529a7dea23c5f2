package org.w3id.attache.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The lines of a stream of bytes, one at a time, none held longer than a limit: a line over it is
 * read to its end without being kept, and comes back as {@link Line#tooLong()}, so one huge line
 * costs no more memory than the limit. Lines end at LF or CRLF; the bytes are not decoded here, so
 * a bad byte spoils its own line only (in UTF-8 no character but the line feed has the byte 0x0A).
 */
final class BoundedLines {
    private final InputStream in;
    private final int maxBytes;
    private final byte[] buffer = new byte[8192];
    private int position;
    private int filled;
    private int number;

    BoundedLines(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /**
     * A line: its number (from 1), and its bytes, or null if it had more than the limit.
     *
     * @param length how many bytes it had, line end not counted
     */
    record Line(int number, byte[] bytes, long length) {
        boolean tooLong() {
            return bytes == null;
        }
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        long length = 0;
        boolean any = false;
        while (true) {
            if (position == filled) {
                filled = Math.max(0, in.read(buffer));
                position = 0;
                if (filled == 0) {
                    return any ? line(kept, length) : null;
                }
            }
            any = true;
            int end = position;
            while (end < filled && buffer[end] != '\n') {
                end++;
            }
            int chunk = end - position;
            if (length + chunk <= maxBytes + 1L) {
                kept.write(buffer, position, chunk);
            }
            length += chunk;
            position = end;
            if (end < filled) {
                position++;
                return line(kept, length);
            }
        }
    }

    private Line line(ByteArrayOutputStream kept, long length) {
        number++;
        byte[] bytes = length <= maxBytes + 1L ? kept.toByteArray() : null;
        boolean crlf = bytes != null && bytes.length > 0 && bytes[bytes.length - 1] == '\r';
        long size = crlf ? length - 1 : length;
        if (size > maxBytes) {
            return new Line(number, null, size);
        }
        return new Line(number, crlf ? java.util.Arrays.copyOf(bytes, bytes.length - 1) : bytes, size);
    }
}

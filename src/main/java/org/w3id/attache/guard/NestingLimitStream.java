package org.w3id.attache.guard;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An input stream that stops, with {@link TooDeep}, at the first byte nesting the text deeper
 * than a limit ({@link NestingDepth}), so that a recursive parser reading from it never gets
 * deeper than that.
 */
public final class NestingLimitStream extends FilterInputStream {
    private final NestingDepth depth = new NestingDepth();
    private final int limit;
    private long line = 1;

    public NestingLimitStream(InputStream in, int limit) {
        super(in);
        this.limit = limit;
    }

    /** Text nested deeper than the limit; the message says where. */
    public static final class TooDeep extends RuntimeException {
        private TooDeep(long line, int limit) {
            super("line " + line + ": nested more than " + limit + " levels deep");
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            see(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            see(buffer[offset + i] & 0xff);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = 0;
        while (skipped < n && read() >= 0) {
            skipped++;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void see(int b) {
        if (b == '\n') {
            line++;
        }
        if (depth.read(b) > limit) {
            throw new TooDeep(line, limit);
        }
    }
}

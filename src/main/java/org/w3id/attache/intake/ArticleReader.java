package org.w3id.attache.intake;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * Reads articles from front-matter text files ({@code ---} header, then the body) and from
 * news-please JSON or JSON Lines files. Each bad file or record becomes one
 * {@link InputException} naming it; good records beside a bad one are still returned. What makes
 * a record bad besides malformed text is {@link ArticleBuilder}'s to say.
 *
 * <p>JSON Lines are read one record at a time ({@link #open}), so a file of any size is read in
 * the memory of its longest record; a record over {@link #MAX_RECORD_BYTES} bytes is skipped
 * unread. JSON Lines are UTF-8 (jsonlines.org), and a record that is not is named and skipped. Other files are read whole, and refused unread above a size that cannot hold
 * an article ({@link #MAX_TEXT_FILE_BYTES}) or a reasonable JSON file ({@link #MAX_JSON_FILE_BYTES}).
 */
public final class ArticleReader {
    /** The longest article body read, in characters: some ten times the longest news article. */
    public static final int MAX_BODY_CHARS = 1_000_000;
    /** A text file this big cannot hold a body under the limit, so it is refused unread. */
    public static final long MAX_TEXT_FILE_BYTES = 4L * MAX_BODY_CHARS + 64 * 1024;
    /** The longest JSON Lines record read, in bytes: a body at the limit, every character escaped in six, and its fields. */
    public static final int MAX_RECORD_BYTES = 8 * MAX_BODY_CHARS;
    /** The largest JSON file read whole; JSON Lines, read a record at a time, have no limit. */
    public static final long MAX_JSON_FILE_BYTES = 64L * 1024 * 1024;

    private final ArticleBuilder builder;
    private final NewsPleaseJson json;
    private final boolean publishedGiven;

    /** A reader that takes a publication date up to tomorrow (UTC) as real. */
    public ArticleReader(MetadataOverrides overrides) {
        this(overrides, LocalDate.now(ZoneOffset.UTC).plusDays(1));
    }

    /** A reader that refuses publication dates after {@code latestPublication}. */
    public ArticleReader(MetadataOverrides overrides, LocalDate latestPublication) {
        this.builder = new ArticleBuilder(overrides, latestPublication);
        this.json = new NewsPleaseJson(builder);
        this.publishedGiven = overrides.published() != null;
    }

    /** What reading one file gave: its articles and its errors, in file order. */
    public record Result(List<Article> articles, List<InputException> errors) {
    }

    /** The articles of one file, read as they are asked for; closing it closes the file. */
    public interface ArticleStream extends Iterator<Article>, AutoCloseable {
        @Override
        void close();
    }

    /** Reads one file whole; never throws for bad content, only reports it. */
    public Result read(Path file) {
        List<Article> articles = new ArrayList<>();
        List<InputException> errors = new ArrayList<>();
        try (ArticleStream stream = open(file, errors::add)) {
            stream.forEachRemaining(articles::add);
        }
        return new Result(articles, errors);
    }

    /**
     * The articles of one file, one at a time; each bad record (or the whole file, when it cannot
     * be read) goes to {@code errors} as the reading passes it.
     */
    public ArticleStream open(Path file, Consumer<InputException> errors) {
        String name = file.toString();
        long size;
        InputStream in;
        try {
            size = Files.size(file);
            in = Files.newInputStream(file);
        } catch (IOException e) {
            errors.accept(new InputException(name, "cannot read: " + e.getMessage()));
            return listed(List.of());
        }
        return open(name, size, in, errors);
    }

    /**
     * The articles of one file of {@code size} bytes named {@code name} (its extension says how it
     * is read), whose bytes {@code in} gives: a file from any file system, such as one the Spark
     * job reads through Hadoop. Like {@link #open(Path, Consumer)}, which reads local files this
     * way; closing the stream closes {@code in}.
     */
    public ArticleStream open(String name, long size, InputStream in, Consumer<InputException> errors) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            return new JsonLinesStream(name, new BufferedInputStream(in), errors);
        }
        List<Article> articles = new ArrayList<>();
        try (in) {
            boolean isJson = lower.endsWith(".json");
            if (isJson && size > MAX_JSON_FILE_BYTES) {
                throw new InputException(name, "JSON file of " + size + " bytes is too large to read whole (at most "
                        + MAX_JSON_FILE_BYTES + "); write its records as JSON Lines (.jsonl), which are read one at a time");
            }
            if (!isJson && size > MAX_TEXT_FILE_BYTES) {
                throw new InputException(name, "file of " + size + " bytes is too large for one article (at most "
                        + MAX_BODY_CHARS + " characters of body text); split it into articles");
            }
            readWhole(name, decode(name, in.readAllBytes()), articles::add, errors);
        } catch (IOException e) {
            errors.accept(new InputException(name, "cannot read: " + e.getMessage()));
        } catch (InputException e) {
            errors.accept(e);
        }
        return listed(articles);
    }

    /** Reads text that came from {@code name} (a file name, or "-" for standard input). */
    public Result read(String name, byte[] bytes) {
        List<Article> articles = new ArrayList<>();
        List<InputException> errors = new ArrayList<>();
        try {
            readWhole(name, decode(name, bytes), articles::add, errors::add);
        } catch (InputException e) {
            errors.add(e);
        }
        return new Result(articles, errors);
    }

    private void readWhole(String name, String text, Consumer<Article> articles, Consumer<InputException> errors) throws InputException {
        if (name.toLowerCase(Locale.ROOT).endsWith(".json")) {
            json.file(name, text, articles, errors);
        } else {
            articles.accept(FrontMatter.read(name, text, builder, publishedGiven));
        }
    }

    private static String decode(String name, byte[] bytes) throws InputException {
        int start = 0;
        if (isUtf8ByteOrderMark(bytes)) {
            start = 3;
        } else if (isUtf16ByteOrderMark(bytes)) {
            return new String(bytes, StandardCharsets.UTF_16).replace("\uFEFF", "");
        }
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new InputException(name, "binary file (contains NUL bytes), not article text");
            }
        }
        try {
            return strictUtf8().decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(name, "not valid UTF-8 text");
        }
    }

    private static boolean isUtf8ByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf;
    }

    private static boolean isUtf16ByteOrderMark(byte[] bytes) {
        return bytes.length >= 2 && ((bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff
                || (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe);
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static ArticleStream listed(List<Article> articles) {
        Iterator<Article> it = articles.iterator();
        return new ArticleStream() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Article next() {
                return it.next();
            }

            @Override
            public void close() {
            }
        };
    }

    /** A JSON Lines file, read a record at a time. */
    private final class JsonLinesStream implements ArticleStream {
        private final String name;
        private final InputStream in;
        private final Consumer<InputException> errors;
        private final BoundedLines lines;
        private Article next;
        private boolean done;
        private boolean anyRecord;

        JsonLinesStream(String name, InputStream in, Consumer<InputException> errors) {
            this.name = name;
            this.in = in;
            this.errors = errors;
            this.lines = new BoundedLines(in, MAX_RECORD_BYTES);
        }

        @Override
        public boolean hasNext() {
            try {
                while (next == null && !done) {
                    readRecord();
                }
            } catch (IOException e) {
                done = true;
                errors.accept(new InputException(name, "cannot read: " + e.getMessage() + "; the rest of the file is not read"));
            }
            return next != null;
        }

        @Override
        public Article next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Article a = next;
            next = null;
            return a;
        }

        private void readRecord() throws IOException {
            BoundedLines.Line line = lines.next();
            if (line == null) {
                done = true;
                if (!anyRecord) {
                    errors.accept(new InputException(name, "empty file: no JSON records"));
                }
                return;
            }
            String place = name + ":" + line.number();
            if (line.tooLong()) {
                anyRecord = true;
                errors.accept(new InputException(place, "the record has more than " + MAX_RECORD_BYTES + " bytes ("
                        + line.length() + "), more than an article can need; it is skipped"));
                return;
            }
            byte[] bytes = line.number() == 1 && isUtf8ByteOrderMark(line.bytes())
                    ? Arrays.copyOfRange(line.bytes(), 3, line.bytes().length) : line.bytes();
            String text;
            try {
                text = strictUtf8().decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                anyRecord = true;
                errors.accept(new InputException(place, line.number() == 1 && isUtf16ByteOrderMark(bytes)
                        ? "JSON Lines are UTF-8, not UTF-16; the rest of the file is not read" : "not valid UTF-8 text"));
                done = line.number() == 1 && isUtf16ByteOrderMark(bytes);
                return;
            }
            if (text.isBlank()) {
                return;
            }
            anyRecord = true;
            try {
                next = json.record(place, text);
            } catch (InputException e) {
                errors.accept(e);
            }
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException e) {
                errors.accept(new InputException(name, "cannot close: " + e.getMessage()));
            }
        }
    }
}

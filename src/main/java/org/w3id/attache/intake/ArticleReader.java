package org.w3id.attache.intake;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonParseException;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * Reads articles from front-matter text files ({@code ---} header, then the body) and from
 * news-please JSON or JSON Lines files. Each bad file or record becomes one
 * {@link InputException} naming it; good records beside a bad one are still returned.
 * Refused besides malformed text: bodies over {@link #MAX_BODY_CHARS} characters (a book, a
 * dump, not an article), HTML pages, publication dates after tomorrow, and urls that are not
 * absolute IRIs. Control characters other than tab and line ends, and terminal escape sequences,
 * become spaces, so offsets keep their places and no escape sequence reaches the store.
 */
public final class ArticleReader {
    /** The longest article body read, in characters: some ten times the longest news article. */
    public static final int MAX_BODY_CHARS = 1_000_000;
    /** A text file this big cannot hold a body under the limit, so it is refused unread. */
    static final long MAX_TEXT_FILE_BYTES = 4L * MAX_BODY_CHARS + 64 * 1024;
    private static final Pattern ESCAPE_SEQUENCE = Pattern.compile("\\x1B\\[[0-?]*[ -/]*[@-~]|\\x1B\\][^\\x07\\x1B]*(\\x07|\\x1B\\\\)?");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");
    /** The start of an HTML page, after any comments. */
    private static final Pattern HTML = Pattern.compile("\\s*(<!--.*?-->\\s*)*<(!doctype\\s+html|html[\\s>]|head[\\s>]|body[\\s>])",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final MetadataOverrides overrides;
    private final LocalDate latestPublication;

    /** A reader that takes a publication date up to tomorrow (UTC) as real. */
    public ArticleReader(MetadataOverrides overrides) {
        this(overrides, LocalDate.now(ZoneOffset.UTC).plusDays(1));
    }

    /** A reader that refuses publication dates after {@code latestPublication}. */
    public ArticleReader(MetadataOverrides overrides, LocalDate latestPublication) {
        this.overrides = overrides;
        this.latestPublication = latestPublication;
    }

    /** What reading one file gave: its articles and its errors, in file order. */
    public record Result(List<Article> articles, List<InputException> errors) {
    }

    /** Reads one file; never throws for bad content, only reports it. */
    public Result read(Path file) {
        List<Article> articles = new ArrayList<>();
        List<InputException> errors = new ArrayList<>();
        String name = file.toString();
        try {
            String lower = name.toLowerCase();
            boolean json = lower.endsWith(".json") || lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
            long size = Files.size(file);
            if (!json && size > MAX_TEXT_FILE_BYTES) {
                throw new InputException(name, "file of " + size + " bytes is too large for one article (at most "
                        + MAX_BODY_CHARS + " characters of body text); split it into articles");
            }
            String text = decode(name, Files.readAllBytes(file));
            read(name, text, articles, errors);
        } catch (IOException e) {
            errors.add(new InputException(name, "cannot read: " + e.getMessage()));
        } catch (InputException e) {
            errors.add(e);
        }
        return new Result(articles, errors);
    }

    /** Reads text that came from {@code name} (a file name, or "-" for standard input). */
    public Result read(String name, byte[] bytes) {
        List<Article> articles = new ArrayList<>();
        List<InputException> errors = new ArrayList<>();
        try {
            read(name, decode(name, bytes), articles, errors);
        } catch (InputException e) {
            errors.add(e);
        }
        return new Result(articles, errors);
    }

    private void read(String name, String text, List<Article> articles, List<InputException> errors) {
        String lower = name.toLowerCase();
        try {
            if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
                readJsonLines(name, text, articles, errors);
            } else if (lower.endsWith(".json")) {
                readJson(name, text, articles, errors);
            } else {
                articles.add(readFrontMatter(name, text));
            }
        } catch (InputException e) {
            errors.add(e);
        }
    }

    private static String decode(String name, byte[] bytes) throws InputException {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            start = 3;
        } else if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff
                || (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe)) {
            return new String(bytes, StandardCharsets.UTF_16).replace("\uFEFF", "");
        }
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new InputException(name, "binary file (contains NUL bytes), not article text");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InputException(name, "not valid UTF-8 text");
        }
    }

    private Article readFrontMatter(String name, String raw) throws InputException {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            throw new InputException(name, "empty file");
        }
        String[] lines = text.split("\n", -1);
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        Map<String, String> meta = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        String body;
        if (lines[first].strip().equals("---")) {
            int end = -1;
            for (int i = first + 1; i < lines.length; i++) {
                String line = lines[i];
                if (line.strip().equals("---")) {
                    end = i;
                    break;
                }
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    throw new InputException(name + ":" + (i + 1), "malformed front matter: expected 'key: value', got '" + line.strip() + "'");
                }
                String key = line.substring(0, colon).strip().toLowerCase();
                meta.put(key, unquote(line.substring(colon + 1).strip()));
                lineOf.put(key, i + 1);
            }
            if (end < 0) {
                throw new InputException(name + ":" + (first + 1), "front matter opened with '---' is never closed");
            }
            body = String.join("\n", java.util.Arrays.copyOfRange(lines, end + 1, lines.length));
        } else if (overrides.published() == null) {
            throw new InputException(name + ":1", "no front matter ('---' header with 'published:'); give --published to read plain text");
        } else {
            body = text;
        }
        String datePlace = lineOf.containsKey("published") ? name + ":" + lineOf.get("published") : name;
        return build(name, datePlace, meta.get("url"), meta.get("title"), meta.get("published"), meta.get("outlet"), body, name);
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    private void readJsonLines(String name, String text, List<Article> articles, List<InputException> errors) {
        String[] lines = text.split("\r?\n", -1);
        if (text.isBlank()) {
            errors.add(new InputException(name, "empty file: no JSON records"));
            return;
        }
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String place = name + ":" + (i + 1);
            try {
                JsonValue value = JSON.parseAny(lines[i]);
                if (!value.isObject()) {
                    throw new InputException(place, "expected a JSON object");
                }
                articles.add(fromJson(place, value.getAsObject()));
            } catch (JsonParseException e) {
                errors.add(new InputException(place, "invalid JSON: " + e.getMessage()));
            } catch (RuntimeException e) {
                errors.add(new InputException(place, "invalid JSON: the record is cut off or malformed"));
            } catch (InputException e) {
                errors.add(e);
            }
        }
    }

    private void readJson(String name, String text, List<Article> articles, List<InputException> errors) throws InputException {
        JsonValue value;
        if (text.isBlank()) {
            throw new InputException(name, "empty file: no JSON");
        }
        try {
            value = JSON.parseAny(text);
        } catch (JsonParseException e) {
            throw new InputException(name, "invalid JSON: " + e.getMessage());
        } catch (RuntimeException e) {
            throw new InputException(name, "invalid JSON: the text is cut off or malformed");
        }
        if (value.isObject()) {
            articles.add(fromJson(name, value.getAsObject()));
        } else if (value.isArray()) {
            JsonArray array = value.getAsArray();
            for (int i = 0; i < array.size(); i++) {
                String place = name + "[" + i + "]";
                if (!array.get(i).isObject()) {
                    errors.add(new InputException(place, "expected a JSON object"));
                    continue;
                }
                try {
                    articles.add(fromJson(place, array.get(i).getAsObject()));
                } catch (InputException e) {
                    errors.add(e);
                }
            }
        } else {
            throw new InputException(name, "expected a JSON object or array of objects");
        }
    }

    private Article fromJson(String place, JsonObject obj) throws InputException {
        String published = string(obj, "date_publish");
        if (published != null && published.length() >= 10) {
            published = published.substring(0, 10);
        }
        String outlet = string(obj, "source_domain");
        return build(place, place, string(obj, "url"), string(obj, "title"), published, outlet, string(obj, "maintext"), place);
    }

    private static String string(JsonObject obj, String key) {
        JsonValue v = obj.get(key);
        return v != null && v.isString() ? v.getAsString().value() : null;
    }

    private Article build(String place, String datePlace, String url, String title, String published, String outlet, String body,
                          String origin) throws InputException {
        url = overrides.url(url);
        if (url == null || url.isBlank()) {
            throw new InputException(place, "no url: the article needs one ('url:' or --url)");
        }
        LocalDate date = overrides.published() != null ? overrides.published() : parseDate(datePlace, published);
        if (date == null) {
            throw new InputException(place, "no publication date ('published:' / 'date_publish' or --published)");
        }
        if (body == null || body.isBlank()) {
            throw new InputException(place, "the article has no body text");
        }
        if (date.isAfter(latestPublication)) {
            throw new InputException(datePlace, "publication date " + date + " is in the future");
        }
        if (body.length() > MAX_BODY_CHARS) {
            throw new InputException(place, "the body has " + body.length() + " characters, more than the "
                    + MAX_BODY_CHARS + " one article may have; split it into articles");
        }
        checkUrl(place, url.strip());
        if (HTML.matcher(body).lookingAt()) {
            throw new InputException(place, "the body is an HTML page, not article text; extract the text first");
        }
        return new Article(blankControls(url).strip(), blankControls(overrides.title(title)), date,
                blankControls(overrides.outlet(outlet)), blankControls(body).strip(), origin);
    }

    /** The url names the article in RDF (as an IRI too), so it must be an absolute IRI. */
    private static void checkUrl(String place, String url) throws InputException {
        try {
            if (IRIx.create(url).isAbsolute()) {
                return;
            }
        } catch (IRIException e) {
            // reported below
        }
        throw new InputException(place, "url '" + blankControls(url) + "' is not an absolute URL");
    }

    /**
     * Terminal escape sequences (ANSI CSI, such as {@code ESC[31m}, and OSC, such as a window
     * title), then any other C0 or C1 control character but tab, line feed and carriage return,
     * become as many spaces as they had characters.
     */
    private static String blankControls(String text) {
        if (text == null) {
            return null;
        }
        String noEscapes = ESCAPE_SEQUENCE.matcher(text).replaceAll(m -> " ".repeat(m.group().length()));
        return CONTROL.matcher(noEscapes).replaceAll(" ");
    }

    private static LocalDate parseDate(String place, String value) throws InputException {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InputException(place, "publication date '" + value.strip() + "' is not a valid YYYY-MM-DD date");
        }
    }
}

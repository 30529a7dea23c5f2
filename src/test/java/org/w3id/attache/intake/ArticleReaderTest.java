package org.w3id.attache.intake;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ArticleReader} on front-matter text and news-please JSON / JSON Lines, without CoreNLP.
 * Every input is written here, so every expected value comes from the input, not the program.
 */
class ArticleReaderTest {
    static final String URL = "https://news.example.org/2025/05/09/lavrov-beijing";
    static final String TITLE = "Lavrov visits Beijing";
    static final String OUTLET = "Example News";
    static final LocalDate PUBLISHED = LocalDate.of(2025, 5, 9);
    static final String BODY = "Foreign Minister Sergei Lavrov visited Beijing on Tuesday.\n\n"
            + "He met Chinese Foreign Minister Wang Yi.";

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader(MetadataOverrides.NONE);

    /** A complete front-matter article, lines joined with {@code eol}. */
    static String frontMatter(String eol) {
        return String.join(eol,
                "---",
                "title: " + TITLE,
                "published: 2025-05-09",
                "url: " + URL,
                "outlet: " + OUTLET,
                "---",
                "Foreign Minister Sergei Lavrov visited Beijing on Tuesday.",
                "",
                "He met Chinese Foreign Minister Wang Yi.",
                "");
    }

    Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Reads {@code file}, expecting exactly one article and no error. */
    Article one(Path file) {
        return one(reader, file);
    }

    static Article one(ArticleReader reader, Path file) {
        ArticleReader.Result r = reader.read(file);
        assertEquals(List.of(), r.errors().stream().map(Throwable::getMessage).toList(), "errors reading " + file);
        assertEquals(1, r.articles().size(), "articles read from " + file);
        return r.articles().get(0);
    }

    /** Reads {@code file}, expecting no article and exactly one error, whose place is {@code place}. */
    InputException oneError(Path file, String place) {
        ArticleReader.Result r = reader.read(file);
        assertEquals(List.of(), r.articles(), "no article may come from " + file);
        assertEquals(1, r.errors().size(), "errors: " + r.errors());
        InputException e = r.errors().get(0);
        assertEquals(place, e.place());
        assertTrue(e.getMessage().contains(file.toString()), "the message names the file: " + e.getMessage());
        assertTrue(e.getMessage().startsWith(place + ": "), "the message starts with the place: " + e.getMessage());
        return e;
    }

    static void assertLavrovArticle(Article a) {
        assertAll(
                () -> assertEquals(URL, a.url()),
                () -> assertEquals(TITLE, a.title()),
                () -> assertEquals(PUBLISHED, a.published()),
                () -> assertEquals(OUTLET, a.outlet()),
                () -> assertEquals(BODY, a.body()));
    }

    // ---------------------------------------------------------------- front matter, encodings

    @Test
    void frontMatterFileGivesItsMetadataAndBody() throws IOException {
        Path file = write("lavrov.txt", frontMatter("\n"));
        Article a = one(file);
        assertLavrovArticle(a);
        assertTrue(a.origin().contains("lavrov.txt"), "origin names the file: " + a.origin());
    }

    @Test
    void quotedValuesAndCommentsInFrontMatter() throws IOException {
        Path file = write("quoted.txt", String.join("\n",
                "---",
                "# a comment line",
                "title: \"Lavrov: a visit to Beijing\"",
                "",
                "published: '2025-05-09'",
                "URL: " + URL,
                "---",
                "Foreign Minister Sergei Lavrov visited Beijing on Tuesday."));
        Article a = one(file);
        assertEquals("Lavrov: a visit to Beijing", a.title(), "quotes removed, the colon inside kept");
        assertEquals(PUBLISHED, a.published());
        assertEquals(URL, a.url(), "keys are case-insensitive");
        assertEquals("", a.outlet());
        assertEquals("Foreign Minister Sergei Lavrov visited Beijing on Tuesday.", a.body());
    }

    @Test
    void crlfLineEndsAreRead() throws IOException {
        Path file = write("crlf.txt", frontMatter("\r\n"));
        Article a = one(file);
        assertLavrovArticle(a);
        assertFalse(a.body().contains("\r"), "no carriage return left in the body");
    }

    @Test
    void utf8ByteOrderMarkIsSkipped() throws IOException {
        byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
        Path file = write("bom.txt", concat(bom, frontMatter("\n").getBytes(StandardCharsets.UTF_8)));
        Article a = one(file);
        assertLavrovArticle(a);
        assertFalse(a.title().contains("\uFEFF") || a.body().contains("\uFEFF"));
    }

    @ParameterizedTest(name = "{0} with {1} line ends")
    @CsvSource({"UTF-16BE, LF", "UTF-16LE, CRLF"})
    void utf16WithByteOrderMarkIsRead(String charset, String eol) throws IOException {
        // A non-Latin title checks that the text was really decoded as UTF-16.
        String text = frontMatter(eol.equals("LF") ? "\n" : "\r\n").replace("title: " + TITLE, "title: Лавров в Пекине");
        byte[] bom = charset.equals("UTF-16BE") ? new byte[] {(byte) 0xfe, (byte) 0xff} : new byte[] {(byte) 0xff, (byte) 0xfe};
        Path file = write("utf16.txt", concat(bom, text.getBytes(Charset.forName(charset))));
        Article a = one(file);
        assertEquals("Лавров в Пекине", a.title());
        assertEquals(URL, a.url());
        assertEquals(PUBLISHED, a.published());
        assertEquals(BODY, a.body());
    }

    @Test
    void nonAsciiUtf8IsKept() throws IOException {
        Path file = write("utf8.txt", frontMatter("\n").replace("Wang Yi.", "Wang Yi in Zhōngnánhǎi — 中南海."));
        assertTrue(one(file).body().endsWith("Wang Yi in Zhōngnánhǎi — 中南海."));
    }

    // ---------------------------------------------------------------- errors naming the file

    @Test
    void emptyFileIsAnError() throws IOException {
        Path file = write("empty.txt", new byte[0]);
        InputException e = oneError(file, file.toString());
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void whitespaceOnlyFileIsAnError() throws IOException {
        Path file = write("blank.txt", " \n\t\r\n   \n");
        InputException e = oneError(file, file.toString());
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void binaryFileIsAnError() throws IOException {
        // A zip header: ASCII letters, then NUL bytes.
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 'a', '.', 't', 'x', 't'};
        Path file = write("archive.txt", zip);
        InputException e = oneError(file, file.toString());
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
    }

    @Test
    void binaryFileStartingWith0xFFIsAnErrorEvenWithPublishedGiven() throws IOException {
        byte[] jpeg = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0};
        Path file = write("photo.txt", jpeg);
        ArticleReader withDate = new ArticleReader(new MetadataOverrides(PUBLISHED, URL, null, null));
        ArticleReader.Result r = withDate.read(file);
        assertEquals(List.of(), r.articles(), "a JPEG is not an article");
        assertEquals(1, r.errors().size());
        assertEquals(file.toString(), r.errors().get(0).place());
    }

    @Test
    void invalidUtf8IsAnError() throws IOException {
        // "café" in ISO-8859-1: the lone 0xE9 byte is not valid UTF-8.
        byte[] latin1 = frontMatter("\n").replace("Wang Yi.", "Wang Yi at a café.").getBytes(StandardCharsets.ISO_8859_1);
        Path file = write("latin1.txt", latin1);
        InputException e = oneError(file, file.toString());
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
    }

    @Test
    void frontMatterNeverClosedIsAnErrorAtTheOpeningLine() throws IOException {
        // The header opens on line 2, after a blank line, and the file ends inside it.
        Path file = write("unclosed.txt", String.join("\n",
                "",
                "---",
                "title: " + TITLE,
                "published: 2025-05-09",
                "url: " + URL,
                ""));
        InputException e = oneError(file, file + ":2");
        assertTrue(e.getMessage().contains("never closed"), e.getMessage());
    }

    @Test
    void frontMatterRunningIntoTheBodyIsAnErrorWithALine() throws IOException {
        // The closing '---' is missing, so the body sentence (line 5) is read as a header line.
        Path file = write("noclose.txt", String.join("\n",
                "---",
                "title: " + TITLE,
                "published: 2025-05-09",
                "url: " + URL,
                "Foreign Minister Sergei Lavrov visited Beijing on Tuesday."));
        oneError(file, file + ":5");
    }

    @Test
    void frontMatterLineWithoutColonIsAnErrorAtItsLine() throws IOException {
        Path file = write("nocolon.txt", String.join("\n",
                "---",
                "title: " + TITLE,
                "url: " + URL,
                "published 2025-05-09",
                "---",
                "Foreign Minister Sergei Lavrov visited Beijing on Tuesday."));
        InputException e = oneError(file, file + ":4");
        assertTrue(e.getMessage().contains("published 2025-05-09"), "quotes the bad line: " + e.getMessage());
    }

    @Test
    void frontMatterLineWithoutColonIsCountedWithCrlfAndBom() throws IOException {
        byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
        String text = String.join("\r\n",
                "---",
                "title: " + TITLE,
                "published: 2025-05-09",
                "url: " + URL,
                "outlet Example News",
                "---",
                "Foreign Minister Sergei Lavrov visited Beijing on Tuesday.");
        Path file = write("nocolon-crlf.txt", concat(bom, text.getBytes(StandardCharsets.UTF_8)));
        oneError(file, file + ":5");
    }

    @Test
    void missingPublishedIsAnError() throws IOException {
        Path file = write("nodate.txt", frontMatter("\n").replace("published: 2025-05-09\n", ""));
        InputException e = oneError(file, file.toString());
        assertTrue(e.getMessage().contains("publication date"), e.getMessage());
    }

    @Test
    void impossibleDateIsAnError() throws IOException {
        Path file = write("baddate.txt", frontMatter("\n").replace("2025-05-09", "2025-13-40"));
        InputException e = oneError(file, file + ":3");
        assertTrue(e.getMessage().contains("2025-13-40"), "quotes the bad value: " + e.getMessage());
    }

    @Test
    void february30IsAnError() throws IOException {
        Path file = write("feb30.txt", frontMatter("\n").replace("2025-05-09", "2025-02-30"));
        InputException e = oneError(file, file + ":3");
        assertTrue(e.getMessage().contains("2025-02-30"), e.getMessage());
    }

    @Test
    void missingUrlIsAnError() throws IOException {
        Path file = write("nourl.txt", frontMatter("\n").replace("url: " + URL + "\n", ""));
        InputException e = oneError(file, file.toString());
        assertTrue(e.getMessage().contains("url"), e.getMessage());
    }

    @Test
    void missingBodyIsAnError() throws IOException {
        String header = frontMatter("\n");
        header = header.substring(0, header.indexOf("---", 3) + 3) + "\n\n   \n";
        Path file = write("nobody.txt", header);
        InputException e = oneError(file, file.toString());
        assertTrue(e.getMessage().contains("body"), e.getMessage());
    }

    @Test
    void plainTextWithoutFrontMatterIsAnErrorUnlessPublishedIsGiven() throws IOException {
        Path file = write("plain.txt", "Foreign Minister Sergei Lavrov visited Beijing on Tuesday.\n");
        InputException e = oneError(file, file + ":1");
        assertTrue(e.getMessage().contains("--published"), "suggests the fix: " + e.getMessage());
    }

    @Test
    void futurePublicationDateIsAnErrorAtItsLine() throws IOException {
        Path file = write("future.txt", frontMatter("\n").replace("2025-05-09", "2025-05-11"));
        ArticleReader readingOn10May = new ArticleReader(MetadataOverrides.NONE, LocalDate.of(2025, 5, 10));
        ArticleReader.Result r = readingOn10May.read(file);
        assertEquals(List.of(), r.articles());
        assertEquals(List.of(file + ":3"), r.errors().stream().map(InputException::place).toList());
        assertTrue(r.errors().get(0).getMessage().contains("2025-05-11 is in the future"), r.errors().get(0).getMessage());
        assertLavrovArticle(one(new ArticleReader(MetadataOverrides.NONE, LocalDate.of(2025, 5, 9)), write("today.txt", frontMatter("\n"))));
    }

    @Test
    void htmlPageIsAnError() throws IOException {
        String header = frontMatter("\n").substring(0, frontMatter("\n").indexOf("---", 3) + 4);
        for (String page : List.of("<!DOCTYPE html>\n<html><body><p>Lavrov visited Beijing.</p></body></html>",
                "  <!-- saved page -->\n<HTML lang=\"en\">\n<body>Lavrov visited Beijing.</body></HTML>")) {
            Path file = write("page.txt", header + page);
            InputException e = oneError(file, file.toString());
            assertTrue(e.getMessage().contains("HTML"), e.getMessage());
        }
        Path mention = write("mention.txt", header + "<b>Lavrov</b> visited Beijing; the <html> tag was not mentioned.");
        assertTrue(one(mention).body().startsWith("<b>Lavrov</b>"), "markup inside text is not a page");
    }

    @Test
    void controlCharactersBecomeSpacesInPlace() throws IOException {
        String dirty = "Foreign Minister Sergei Lavrov\u0007 visited \u001b[31mBeijing\u001b[0m on\u000bTuesday.\u007f\u0085";
        Path file = write("controls.txt", frontMatter("\n").replace("title: " + TITLE, "title: Lavrov\u001b]0;pwned\u0007 in Beijing")
                .replace("Foreign Minister Sergei Lavrov visited Beijing on Tuesday.", dirty));
        Article a = one(file);
        // ESC[31m and ESC[0m are escape sequences of 5 and 4 characters; ESC]0;pwned BEL one of 10.
        String expected = "Foreign Minister Sergei Lavrov  visited " + " ".repeat(5) + "Beijing" + " ".repeat(4) + " on Tuesday.  \n";
        assertTrue(a.body().startsWith(expected), a.body());
        assertEquals("Lavrov" + " ".repeat(10) + " in Beijing", a.title());
        assertTrue(a.body().chars().noneMatch(c -> c < 0x20 && c != '\n' || c >= 0x7f && c <= 0x9f), "no control character left");
    }

    @Test
    void bodyOverTheLimitIsAnErrorAndAHugeFileIsNotRead() throws IOException {
        String header = frontMatter("\n").substring(0, frontMatter("\n").indexOf("---", 3) + 4);
        String sentence = "Sergei Lavrov visited Beijing. ";
        String longBody = sentence.repeat(ArticleReader.MAX_BODY_CHARS / sentence.length() + 1);
        Path file = write("long.txt", header + longBody);
        InputException e = oneError(file, file.toString());
        assertTrue(e.getMessage().contains("split it"), e.getMessage());

        Path jsonl = write("long.jsonl", jsonRecord(URL, "2025-05-09", "Long", longBody) + "\n"
                + jsonRecord(URL + "/short", "2025-05-09", "Short", sentence) + "\n");
        ArticleReader.Result r = reader.read(jsonl);
        assertEquals(List.of(URL + "/short"), r.articles().stream().map(Article::url).toList(), "the record after the long one is read");
        assertEquals(List.of(jsonl + ":1"), r.errors().stream().map(InputException::place).toList());

        ArticleReader.Result stdin = reader.read("-", (header + longBody).getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("-"), stdin.errors().stream().map(InputException::place).toList());
    }

    @Test
    void urlThatIsNoAbsoluteIriIsAnError() throws IOException {
        for (String bad : List.of("https://news.example.org/a b", "https://news.example.org/<script>", "news.example.org/lavrov",
                "https://news.example.org/\"quoted\"")) {
            Path file = write("badurl.txt", frontMatter("\n").replace("url: " + URL, "url: " + bad));
            InputException e = oneError(file, file.toString());
            assertTrue(e.getMessage().contains("not an absolute URL"), e.getMessage());
        }
    }

    @Test
    void aFragmentIsPartOfAnArticlesUrl() throws IOException {
        String withFragment = URL + "#section-2";
        Path file = write("fragment.txt", frontMatter("\n").replace("url: " + URL, "url: " + withFragment));
        ArticleReader.Result r = reader.read(file);
        assertEquals(List.of(), r.errors().stream().map(InputException::getMessage).toList());
        assertEquals(List.of(withFragment), r.articles().stream().map(Article::url).toList());
    }

    @Test
    void rightToLeftAndBurmeseTextIsKeptExactly() throws IOException {
        String title = "မင်းအောင်လှိုင် မော်စကိုသို့ — زيارة لافروف — ביקור";
        String body = "Foreign Minister Sergei Lavrov visited Beijing on Tuesday. ‏قال لافروف‎ «نعم». ရုရှားနိုင်ငံ၊ မော်စကိုမြို့။";
        Path file = write("scripts.txt", frontMatter("\n").replace("title: " + TITLE, "title: " + title)
                .replace("Foreign Minister Sergei Lavrov visited Beijing on Tuesday.", body));
        Article a = one(file);
        assertEquals(title, a.title());
        assertTrue(a.body().startsWith(body), a.body());
    }

    @Test
    void namesFullOfQuotesBracketsBackslashesAndNewlinesAreKept() throws IOException {
        String title = "\"Lavrov\" [in] {Beijing} (again) \\ a > b < c 'quoted'\nsecond line";
        String json = "{\"url\": \"" + URL + "\", \"date_publish\": \"2025-05-09\", \"title\": "
                + "\"" + title.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\", \"source_domain\": \"O'Brien \\\"News\\\" <Co>\", "
                + "\"maintext\": \"Foreign Minister Sergei Lavrov visited Beijing on Tuesday.\"}";
        Article a = one(write("names.jsonl", json + "\n"));
        assertEquals(title, a.title());
        assertEquals("O'Brien \"News\" <Co>", a.outlet());
    }

    // ---------------------------------------------------------------- news-please JSON

    static String jsonRecord(String url, String date, String title, String body) {
        return "{\"url\": \"" + url + "\", \"date_publish\": \"" + date + "\", \"title\": \"" + title
                + "\", \"maintext\": \"" + body + "\", \"source_domain\": \"news.example.org\"}";
    }

    @Test
    void jsonLinesWithOneBadLineReturnsTheGoodOnesAndNamesTheBadLine() throws IOException {
        String first = jsonRecord("https://news.example.org/1", "2024-08-15", "One", "Sergei Lavrov visited Beijing.");
        String third = jsonRecord("https://news.example.org/3", "2024-08-16", "Three", "Abbas Araghchi visited Moscow.");
        // line 1 good, line 2 blank, line 3 bad JSON, line 4 good
        Path file = write("news.jsonl", first + "\n\n{\"url\": nope, \"title\": \"Two\"}\n" + third + "\n");
        ArticleReader.Result r = reader.read(file);
        assertEquals(List.of("https://news.example.org/1", "https://news.example.org/3"),
                r.articles().stream().map(Article::url).toList());
        assertEquals(1, r.errors().size(), "errors: " + r.errors());
        assertEquals(file + ":3", r.errors().get(0).place());
        assertTrue(r.errors().get(0).getMessage().contains(file + ":3"));
        Article one = r.articles().get(0);
        assertEquals("One", one.title());
        assertEquals(LocalDate.of(2024, 8, 15), one.published());
        assertEquals("news.example.org", one.outlet());
        assertEquals("Sergei Lavrov visited Beijing.", one.body());
        assertEquals(LocalDate.of(2024, 8, 16), r.articles().get(1).published());
    }

    @Test
    void jsonLinesWithCrlfAndARecordMissingItsDate() throws IOException {
        String good = jsonRecord("https://news.example.org/1", "2024-08-15", "One", "Sergei Lavrov visited Beijing.");
        String noDate = "{\"url\": \"https://news.example.org/2\", \"maintext\": \"Abbas Araghchi visited Moscow.\"}";
        Path file = write("crlf.jsonl", good + "\r\n" + noDate + "\r\n");
        ArticleReader.Result r = reader.read(file);
        assertEquals(List.of("https://news.example.org/1"), r.articles().stream().map(Article::url).toList());
        assertEquals(1, r.errors().size());
        assertEquals(file + ":2", r.errors().get(0).place());
        assertTrue(r.errors().get(0).getMessage().contains("publication date"), r.errors().get(0).getMessage());
    }

    @Test
    void jsonLinesWithATruncatedLastLine() throws IOException {
        String first = jsonRecord("https://news.example.org/1", "2024-08-15", "One", "Sergei Lavrov visited Beijing.");
        Path file = write("cut.jsonl", first + "\n{\"url\": \"https://news.example.org/2\", \"title\": ");
        ArticleReader.Result r = reader.read(file);
        assertEquals(List.of("https://news.example.org/1"), r.articles().stream().map(Article::url).toList());
        assertEquals(1, r.errors().size());
        assertEquals(file + ":2", r.errors().get(0).place());
    }

    @Test
    void aJsonLineThatIsNotUtf8IsNamedAndTheLinesAroundItAreRead() throws IOException {
        String first = jsonRecord("https://news.example.org/1", "2024-08-15", "One", "Sergei Lavrov visited Beijing.");
        String third = jsonRecord("https://news.example.org/3", "2024-08-16", "Three", "Abbas Araghchi visited Moscow.");
        byte[] latin1 = jsonRecord("https://news.example.org/2", "2024-08-15", "Zwei", "Lawrow in Peking, sch\u00f6n.")
                .getBytes(StandardCharsets.ISO_8859_1);
        Path file = write("latin1.jsonl", concat(concat((first + "\n").getBytes(StandardCharsets.UTF_8), latin1),
                ("\n" + third + "\n").getBytes(StandardCharsets.UTF_8)));
        ArticleReader.Result r = reader.read(file);
        assertEquals(List.of("https://news.example.org/1", "https://news.example.org/3"), r.articles().stream().map(Article::url).toList());
        assertEquals(List.of(file + ":2"), r.errors().stream().map(InputException::place).toList());
        assertTrue(r.errors().get(0).getMessage().contains("not valid UTF-8"), r.errors().get(0).getMessage());
    }

    @Test
    void emptyJsonLinesFileIsAnError() throws IOException {
        Path file = write("empty.jsonl", "\n\n");
        oneError(file, file.toString());
    }

    @Test
    void jsonArrayFileGivesEachObject() throws IOException {
        String a = jsonRecord("https://news.example.org/a", "2024-08-15", "A", "Sergei Lavrov visited Beijing.");
        String b = jsonRecord("https://news.example.org/b", "2024-08-16", "B", "Abbas Araghchi visited Moscow.");
        Path file = write("news.json", "[\n  " + a + ",\n  " + b + "\n]\n");
        ArticleReader.Result r = reader.read(file);
        assertEquals(List.of(), r.errors());
        assertEquals(2, r.articles().size());
        Article second = r.articles().get(1);
        assertEquals("https://news.example.org/b", second.url());
        assertEquals("B", second.title());
        assertEquals(LocalDate.of(2024, 8, 16), second.published());
        assertEquals("news.example.org", second.outlet());
        assertEquals("Abbas Araghchi visited Moscow.", second.body());
    }

    @Test
    void jsonArrayElementErrorsNameTheIndex() throws IOException {
        String a = jsonRecord("https://news.example.org/a", "2024-08-15", "A", "Sergei Lavrov visited Beijing.");
        Path file = write("mixed.json", "[" + a + ", 42, {\"url\": \"https://news.example.org/c\"}]");
        ArticleReader.Result r = reader.read(file);
        assertEquals(List.of("https://news.example.org/a"), r.articles().stream().map(Article::url).toList());
        assertEquals(List.of(file + "[1]", file + "[2]"), r.errors().stream().map(InputException::place).toList());
    }

    @Test
    void invalidJsonFileIsAnError() throws IOException {
        Path file = write("broken.json", "[{\"url\": nope}");
        InputException e = oneError(file, file.toString());
        assertTrue(e.getMessage().contains("JSON"), e.getMessage());
    }

    @Test
    void datePublishWithTimeIsTruncatedToTheDate() throws IOException {
        Path file = write("one.json", jsonRecord("https://news.example.org/t", "2024-08-15 10:00:00", "T",
                "Sergei Lavrov visited Beijing."));
        assertEquals(LocalDate.of(2024, 8, 15), one(file).published());
    }

    @Test
    void datePublishThatIsNotADateIsAnError() throws IOException {
        Path file = write("baddate.jsonl", jsonRecord("https://news.example.org/t", "15/08/2024 10:00", "T",
                "Sergei Lavrov visited Beijing.") + "\n");
        InputException e = oneError(file, file + ":1");
        assertTrue(e.getMessage().contains("15/08/2024"), e.getMessage());
    }

    // ---------------------------------------------------------------- metadata overrides

    @Test
    void overridesFillAMissingPublishedDate() throws IOException {
        Path file = write("nodate.txt", frontMatter("\n").replace("published: 2025-05-09\n", ""));
        ArticleReader withDate = new ArticleReader(new MetadataOverrides(LocalDate.of(2025, 5, 10), null, null, null));
        Article a = one(withDate, file);
        assertEquals(LocalDate.of(2025, 5, 10), a.published());
        assertEquals(URL, a.url(), "the file's url stays");
        assertEquals(TITLE, a.title(), "the file's title stays");
    }

    @Test
    void overridesReplaceTheUrlAndTheDate() throws IOException {
        Path file = write("lavrov.txt", frontMatter("\n"));
        String other = "https://mirror.example.net/lavrov";
        ArticleReader r = new ArticleReader(new MetadataOverrides(LocalDate.of(2025, 5, 11), other, "New title", "Mirror"));
        Article a = one(r, file);
        assertEquals(other, a.url());
        assertEquals(LocalDate.of(2025, 5, 11), a.published());
        assertEquals("New title", a.title());
        assertEquals("Mirror", a.outlet());
        assertEquals(BODY, a.body());
    }

    @Test
    void overridesFillAMissingUrlInJson() throws IOException {
        Path file = write("nourl.json", "{\"date_publish\": \"2024-08-15\", \"maintext\": \"Sergei Lavrov visited Beijing.\"}");
        assertEquals(1, reader.read(file).errors().size(), "without --url there is no identity");
        Article a = one(new ArticleReader(new MetadataOverrides(null, URL, null, null)), file);
        assertEquals(URL, a.url());
        assertEquals(LocalDate.of(2024, 8, 15), a.published());
    }

    @Test
    void plainTextIsReadWhenPublishedAndUrlAreGiven() throws IOException {
        Path file = write("plain.txt", "Foreign Minister Sergei Lavrov visited Beijing on Tuesday.\n");
        Article a = one(new ArticleReader(new MetadataOverrides(PUBLISHED, URL, null, null)), file);
        assertEquals("Foreign Minister Sergei Lavrov visited Beijing on Tuesday.", a.body());
        assertEquals(PUBLISHED, a.published());
        assertEquals(URL, a.url());
    }

    @Test
    void bytesFromStandardInputAreNamedDash() {
        ArticleReader.Result r = reader.read("-", new byte[0]);
        assertEquals(1, r.errors().size());
        assertEquals("-", r.errors().get(0).place());
        Article a = reader.read("-", frontMatter("\n").getBytes(StandardCharsets.UTF_8)).articles().get(0);
        assertLavrovArticle(a);
    }
}

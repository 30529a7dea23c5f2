package org.w3id.attache.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.attache.mapping.Iris;
import org.w3id.attache.mapping.Vocab;
import org.w3id.attache.store.Store;

/**
 * {@code attache ingest} on the malformed input corpus in {@code src/test/resources/malformed}
 * (and a 50 MB text made here): every bad file is refused with exit code 2 and one error line
 * naming it (and its line, where it has one), leaving the store exactly as it was; the odd but
 * readable files are stored with their text intact; good JSON Lines records around a bad one land.
 */
class MalformedInputCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/malformed");
    static final String BASE = "https://news.example.org/malformed/";

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    /** A store holding one good article, which every bad input must leave alone. */
    static Path baseline;

    @BeforeAll
    static void storeOneGoodArticle() throws IOException {
        baseline = shared.resolve("baseline");
        Path good = Files.writeString(shared.resolve("good.txt"), CliTest.article(CliTest.LAVROV_URL, "Lavrov in Beijing",
                "2025-05-09", "Foreign Minister Sergei Lavrov visited Beijing on Tuesday."));
        CliTest.Run r = CliTest.attache("ingest", "--store", baseline.toString(), good.toString());
        assertEquals(0, r.code(), r.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "empty.txt                 |    | empty file",
        "whitespace.txt            |    | empty file",
        "binary.txt                |    | binary file",
        "invalid-utf8.txt          |    | not valid UTF-8",
        "no-front-matter.txt       | :1 | --published",
        "broken-front-matter.txt   | :3 | expected 'key: value'",
        "unclosed-front-matter.txt | :1 | never closed",
        "impossible-date.txt       | :3 | '2025-13-40' is not a valid YYYY-MM-DD date",
        "future-date.txt           | :3 | 2999-12-31 is in the future",
        "html.txt                  |    | HTML page",
        "bad-url.txt               |    | not an absolute URL",
        "javascript-url.txt        |    | 'javascript:alert(document.domain)//' is not an http or https URL",
        "long-title.txt            |    | the title has 1079 characters, more than the 1000",
        "long-outlet.txt           |    | the outlet has 389 characters, more than the 300",
    })
    void badFileIsNamedAndLeavesTheStoreAsItWas(String file, String line, String says) {
        Path input = CORPUS.resolve(file);
        String place = input + (line == null ? "" : line);
        assertRefused(input, place, says);
    }

    @Test
    void fiftyMegabyteTextIsRefusedUnread() throws IOException {
        Path big = dir.resolve("fifty-megabytes.txt");
        byte[] sentence = "Foreign Minister Sergei Lavrov visited Beijing on Tuesday. ".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write(CliTest.article(BASE + "big", "Big", "2025-05-09", "").getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < 50L * 1024 * 1024; written += sentence.length) {
                out.write(sentence);
            }
        }
        assertTrue(Files.size(big) >= 50L * 1024 * 1024);
        assertRefused(big, big.toString(), "too large for one article");
    }

    @Test
    void oddButReadableFilesAreStoredIntact() {
        Path store = dir.resolve("store");
        List<String> files = List.of("utf16-bom.txt", "crlf.txt", "control-chars.txt", "rtl-burmese.txt", "names.jsonl");
        String[] args = new String[files.size() + 3];
        args[0] = "ingest";
        args[1] = "--store";
        args[2] = store.toString();
        for (int i = 0; i < files.size(); i++) {
            args[i + 3] = CORPUS.resolve(files.get(i)).toString();
        }
        CliTest.Run r = CliTest.attache(args);
        assertEquals(0, r.code(), r.toString());

        Map<String, String> titles = headlines(store);
        assertEquals(Map.of(
                BASE + "utf16", "Лавров в Пекине",
                BASE + "crlf", "Lavrov in Beijing",
                BASE + "controls", "Lavrov" + " ".repeat(10) + " in Beijing", // ESC]0;pwned BEL: 10 characters
                BASE + "scripts", "မင်းအောင်လှိုင် — زيارة لافروف — ביקור",
                BASE + "names?q=%22x%22&a=%5B1%5D", "\"Lavrov\" [in] {Beijing} (again) \\ a > b < c 'quoted'\nsecond line"), titles);

        // Each of them says Lavrov visited Beijing, and each says it as its own source.
        Set<String> sources = Set.copyOf(visitSources(store, "Sergei Lavrov", "Beijing"));
        assertEquals(titles.keySet(), sources);

        String controls = bodyOf(store, BASE + "controls");
        assertEquals("Foreign Minister Sergei Lavrov  visited " + " ".repeat(5) + "Beijing" + " ".repeat(4)
                + " on Tuesday.  He met  Chinese Foreign Minister Wang Yi.", controls, "controls blanked in place");
        assertTrue(bodyOf(store, BASE + "scripts").endsWith("ရုရှားနိုင်ငံ၊ မော်စကိုမြို့။ שלום."));
        assertTrue(!bodyOf(store, BASE + "crlf").contains("\r"));
    }

    @Test
    void goodJsonLinesAroundABadOneLand() {
        Path store = dir.resolve("store");
        Path input = CORPUS.resolve("one-bad-line.jsonl");
        CliTest.Run r = CliTest.attache("ingest", "--store", store.toString(), input.toString());
        assertEquals(2, r.code(), r.toString());
        assertEquals(1, CliTest.errorLines(r, input + ":2: invalid JSON").size(), r.err());
        assertEquals(1, CliTest.errorLines(r, "attache ingest: ").size(), "one error in all: " + r.err());
        assertEquals(Set.of(BASE + "jsonl-1", BASE + "jsonl-3"), headlines(store).keySet());
        assertEquals(List.of(BASE + "jsonl-1"), visitSources(store, "Sergei Lavrov", "Beijing"));
        assertEquals(List.of(BASE + "jsonl-3"), visitSources(store, "Abbas Araghchi", "Moscow"));
    }

    @Test
    void aDeeplyNestedJsonLineIsNamedAndTheOthersLand() {
        Path store = dir.resolve("store");
        Path input = CORPUS.resolve("deep-nesting.jsonl");
        CliTest.Run r = CliTest.attache("ingest", "--store", store.toString(), input.toString());
        assertEquals(2, r.code(), r.toString());
        assertEquals(1, CliTest.errorLines(r, input + ":2: the record is nested more than").size(), r.err());
        assertEquals(1, CliTest.errorLines(r, "attache ingest: ").size(), "one error in all: " + r.err());
        assertEquals(Set.of(BASE + "deep-1", BASE + "deep-3"), headlines(store).keySet());
    }

    // ---- helpers

    private static void assertRefused(Path input, String place, String says) {
        Set<Quad> before = CliTest.quads(baseline);
        CliTest.Run r = CliTest.attache("ingest", "--store", baseline.toString(), input.toString());
        assertEquals(2, r.code(), r.toString());
        List<String> errors = CliTest.errorLines(r, "attache ingest: ");
        assertEquals(1, errors.size(), r.err());
        assertTrue(errors.get(0).startsWith("attache ingest: " + place + ": "), "names " + place + ": " + errors.get(0));
        assertTrue(errors.get(0).contains(says), "says '" + says + "': " + errors.get(0));
        assertEquals(before, CliTest.quads(baseline), "the store is exactly as it was");
    }

    /** url -> headline of every stored article. */
    private static Map<String, String> headlines(Path store) {
        String query = "SELECT ?url ?title WHERE { GRAPH <" + Iris.METADATA_GRAPH + "> {"
                + " ?a <" + Vocab.SCHEMA + "url> ?url ; <" + Vocab.SCHEMA + "headline> ?title } }";
        try (Store s = Store.open(store)) {
            return s.read(ds -> {
                Map<String, String> out = new java.util.HashMap<>();
                try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                    qe.execSelect().forEachRemaining(row -> out.put(text(row, "url"), text(row, "title")));
                }
                return out;
            });
        }
    }

    /** The sources of the visits of {@code visitor} to {@code destination}, via {@code query visits}. */
    private static List<String> visitSources(Path store, String visitor, String destination) {
        CliTest.Run q = CliTest.attache("query", "--store", store.toString(), "visits", "--format", "csv");
        assertEquals(0, q.code(), q.toString());
        return CliTest.records(CliTest.csv(q.out())).stream()
                .filter(v -> v.get("visitorLabel").equals(visitor) && v.get("destinationLabel").equals(destination))
                .map(v -> v.get("source")).sorted().toList();
    }

    private static String bodyOf(Path store, String url) {
        String query = "SELECT ?text WHERE { GRAPH ?g { ?c <" + Vocab.NIF + "sourceUrl> <" + url + "> ; <"
                + Vocab.NIF + "isString> ?text } }";
        try (Store s = Store.open(store)) {
            return s.read(ds -> {
                try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                    return text(qe.execSelect().next(), "text");
                }
            });
        }
    }

    private static String text(QuerySolution row, String var) {
        return row.get(var).asLiteral().getLexicalForm();
    }
}

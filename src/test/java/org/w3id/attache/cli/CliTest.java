package org.w3id.attache.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.attache.store.Store;

/**
 * The command line through {@link Main#run(String...)}: exit codes (0 ok, 1 failure, 2 bad usage
 * or input), errors on stderr naming the file, and what lands in the store. Articles are written
 * here; the real pipeline runs on them (CoreNLP is loaded once per JVM).
 */
class CliTest {
    static final LocalDate PUBLISHED = LocalDate.of(2025, 5, 9); // a Friday
    static final String LAVROV_URL = "https://news.example.org/2025/05/09/lavrov-beijing";
    static final String ARAGHCHI_URL = "https://news.example.org/2025/05/09/araghchi-moscow";

    /** Required columns of each competency query, architecture.md §4. */
    static final Map<String, List<String>> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("visits", List.of("visitor", "visitorLabel", "destination", "destinationLabel", "date", "host", "hostLabel", "source"));
        COLUMNS.put("meetings", List.of("participant", "participantLabel", "counterpart", "counterpartLabel", "date", "topic", "source"));
        COLUMNS.put("positions", List.of("person", "personLabel", "positionLabel", "organization", "organizationLabel", "status", "source"));
        COLUMNS.put("cooperation", List.of("party", "partyLabel", "counterparty", "counterpartyLabel", "domain", "status", "source"));
        COLUMNS.put("supply", List.of("supplier", "supplierLabel", "recipient", "recipientLabel", "item", "hedged", "source"));
        COLUMNS.put("statements", List.of("speaker", "speakerLabel", "medium", "mediumLabel", "date", "content", "source"));
        COLUMNS.put("attendance", List.of("person", "personLabel", "event", "eventLabel", "date", "source"));
        COLUMNS.put("delegations", List.of("leader", "leaderLabel", "member", "memberLabel", "date", "source"));
        COLUMNS.put("entities", List.of("entity", "label", "type", "wikidata"));
        COLUMNS.put("events", List.of("event", "type", "participants", "place", "date", "sources", "articles"));
    }

    @TempDir
    Path dir;

    Path store() {
        return dir.resolve("store");
    }

    // ------------------------------------------------------------------ running attache

    record Run(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    static synchronized Run attache(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            System.setOut(o);
            System.setErr(e);
            try {
                code = Main.run(args);
            } finally {
                System.out.flush();
                System.err.flush();
                System.setOut(oldOut);
                System.setErr(oldErr);
            }
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    Run ingest(Path... files) {
        List<String> args = new ArrayList<>(List.of("ingest", "--store", store().toString()));
        for (Path f : files) {
            args.add(f.toString());
        }
        return attache(args.toArray(String[]::new));
    }

    // ------------------------------------------------------------------ inputs

    Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve("in").resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }

    static String article(String url, String title, String published, String body) {
        List<String> lines = new ArrayList<>(List.of("---", "title: " + title));
        if (published != null) {
            lines.add("published: " + published);
        }
        lines.addAll(List.of("url: " + url, "outlet: Example News", "---", body, ""));
        return String.join("\n", lines);
    }

    /** Lavrov visited Beijing on Tuesday, i.e. 2025-05-06. */
    Path lavrov() throws IOException {
        return write("lavrov.txt", article(LAVROV_URL, "Lavrov in Beijing", PUBLISHED.toString(),
                "Foreign Minister Sergei Lavrov visited Beijing on Tuesday. He met Chinese Foreign Minister Wang Yi."));
    }

    /** Araghchi visited Moscow on Wednesday, i.e. 2025-05-07. */
    Path araghchi() throws IOException {
        return write("araghchi.txt", article(ARAGHCHI_URL, "Araghchi in Moscow", PUBLISHED.toString(),
                "Iranian Foreign Minister Abbas Araghchi visited Moscow on Wednesday. He met Sergei Lavrov."));
    }

    Path emptyFile() throws IOException {
        return write("empty.txt", new byte[0]);
    }

    Path binaryFile() throws IOException {
        return write("binary.txt", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 'x'});
    }

    /** Line 3 of the header has no colon. */
    Path malformedFile() throws IOException {
        return write("malformed.txt", String.join("\n", "---", "title: Lavrov in Beijing", "published 2025-05-09",
                "url: https://news.example.org/malformed", "---", "Sergei Lavrov visited Beijing on Tuesday.", ""));
    }

    // ------------------------------------------------------------------ reading results

    static Map<String, Long> stats(Path store) {
        try (Store s = Store.open(store)) {
            return s.stats();
        }
    }

    static Set<Quad> quads(Path store) {
        try (Store s = Store.open(store)) {
            return s.read(ds -> {
                Set<Quad> out = new HashSet<>();
                ds.asDatasetGraph().find().forEachRemaining(out::add);
                return out;
            });
        }
    }

    /** Rows of a CSV text (RFC 4180: quoted fields, doubled quotes, CRLF), header first. */
    static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r') {
                continue;
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }

    /** CSV rows as maps from column name to value. */
    static List<Map<String, String>> records(List<List<String>> rows) {
        List<String> header = rows.get(0);
        List<Map<String, String>> out = new ArrayList<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                m.put(header.get(i), i < r.size() ? r.get(i) : "");
            }
            out.add(m);
        }
        return out;
    }

    /** Visits in the store as "visitorLabel -> destinationLabel date source", via {@code query visits --format csv}. */
    List<String> visits() {
        Run r = attache("query", "--store", store().toString(), "visits", "--format", "csv");
        assertEquals(0, r.code(), r.toString());
        return records(csv(r.out())).stream()
                .map(m -> m.get("visitorLabel") + " -> " + m.get("destinationLabel") + " " + m.get("date") + " " + m.get("source"))
                .sorted().toList();
    }

    static String tuesday() {
        return PUBLISHED.with(TemporalAdjusters.previous(DayOfWeek.TUESDAY)).toString();
    }

    static String wednesday() {
        return PUBLISHED.with(TemporalAdjusters.previous(DayOfWeek.WEDNESDAY)).toString();
    }

    /** The stderr lines that name {@code thing} as an error of the ingest. */
    static List<String> errorLines(Run r, String thing) {
        return r.err().lines().filter(l -> l.startsWith("attache ") && l.contains(thing)).toList();
    }

    // ------------------------------------------------------------------ ingest

    @Test
    void everyCommandAnswersHelp() {
        for (String command : List.of("ingest", "query", "serve", "demo", "remove", "stats", "explain", "parse", "bench", "link",
                "gazetteer", "export", "describe", "import", "validate", "evaluate", "train", "events", "compact")) {
            Run r = attache(command, "--help");
            assertEquals(0, r.code(), command + " --help: " + r);
            assertTrue(r.out().contains("Usage: attache " + command), command + " --help: " + r);
        }
        Run build = attache("gazetteer", "build", "--help");
        assertEquals(0, build.code(), build.toString());
    }

    @Test
    void ingestStoresTheGoodFilesAndNamesEachBadOne() throws IOException {
        Path empty = emptyFile();
        Path binary = binaryFile();
        Path malformed = malformedFile();
        Run r = ingest(lavrov(), empty, binary, malformed, araghchi());

        assertEquals(2, r.code(), r.toString());
        assertEquals(1, errorLines(r, empty.toString()).size(), r.err());
        assertEquals(1, errorLines(r, binary.toString()).size(), r.err());
        assertEquals(1, errorLines(r, malformed + ":3").size(), "the malformed file is named with its line: " + r.err());
        assertTrue(errorLines(r, "lavrov.txt").isEmpty() && errorLines(r, "araghchi.txt").isEmpty(),
                "the good files are not reported as errors: " + r.err());

        // The good files are stored...
        Map<String, Long> stats = stats(store());
        assertEquals(2L, stats.get("articles"), stats.toString());
        try (Store s = Store.open(store())) {
            assertTrue(s.contains(LAVROV_URL));
            assertTrue(s.contains(ARAGHCHI_URL));
            assertFalse(s.contains("https://news.example.org/malformed"));
        }

        // ...and every competency query writes its CSV with the columns of architecture.md §4.
        Path out = dir.resolve("csv");
        Run q = attache("query", "--store", store().toString(), "--all", "--format", "csv", "--out", out.toString());
        assertEquals(0, q.code(), q.toString());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(COLUMNS.keySet().stream().map(n -> n + ".csv").collect(Collectors.toSet()),
                    files.map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
        }
        for (var e : COLUMNS.entrySet()) {
            List<List<String>> rows = csv(Files.readString(out.resolve(e.getKey() + ".csv"), StandardCharsets.UTF_8));
            assertFalse(rows.isEmpty(), e.getKey() + ".csv has a header");
            assertTrue(rows.get(0).containsAll(e.getValue()), e.getKey() + ".csv header " + rows.get(0) + " lacks some of " + e.getValue());
        }
        List<Map<String, String>> visits = records(csv(Files.readString(out.resolve("visits.csv"), StandardCharsets.UTF_8)));
        assertTrue(visits.stream().anyMatch(v -> v.get("visitorLabel").equals("Sergei Lavrov") && v.get("destinationLabel").equals("Beijing")
                && v.get("date").equals(tuesday()) && v.get("source").equals(LAVROV_URL)), visits.toString());
        assertTrue(visits.stream().anyMatch(v -> v.get("visitorLabel").equals("Abbas Araghchi") && v.get("destinationLabel").equals("Moscow")
                && v.get("date").equals(wednesday()) && v.get("source").equals(ARAGHCHI_URL)), visits.toString());
        assertTrue(visits.stream().noneMatch(v -> v.get("source").contains("malformed")));
        List<Map<String, String>> events = records(csv(Files.readString(out.resolve("events.csv"), StandardCharsets.UTF_8)));
        assertTrue(events.stream().anyMatch(v -> v.get("type").equals("visit") && v.get("participants").contains("Sergei Lavrov")
                && v.get("date").equals(tuesday()) && v.get("sources").equals("1") && v.get("articles").equals(LAVROV_URL)), events.toString());
        List<Map<String, String>> entities = records(csv(Files.readString(out.resolve("entities.csv"), StandardCharsets.UTF_8)));
        assertTrue(entities.stream().anyMatch(m -> m.get("label").equals("Wang Yi")), "Wang Yi is an entity");
    }

    @Test
    void aFoldersReadmeIsNotTakenForAnArticle() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("articles"));
        Files.move(lavrov(), folder.resolve("lavrov.txt"));
        Files.writeString(folder.resolve("README.md"), "# What these articles are\n\nNotes for the reader, no front matter.\n");
        Run r = ingest(folder);
        assertEquals(0, r.code(), r.toString());
        assertEquals(1L, stats(store()).get("articles"), r.toString());
    }

    @Test
    void articleWithoutAPublicationDateIsBadInput() throws IOException {
        Path undated = write("undated.txt", article(LAVROV_URL, "Lavrov in Beijing", null,
                "Foreign Minister Sergei Lavrov visited Beijing on Tuesday."));
        Run r = ingest(undated);
        assertEquals(2, r.code(), r.toString());
        List<String> lines = errorLines(r, undated.toString());
        assertEquals(1, lines.size(), r.err());
        assertTrue(lines.get(0).contains("publication date"), lines.get(0));
        assertEquals(0L, stats(store()).get("articles"));

        // --published fills the date in: now the same file is read, and Tuesday resolves against it.
        Run withDate = attache("ingest", "--store", store().toString(), "--published", "2025-05-09", undated.toString());
        assertEquals(0, withDate.code(), withDate.toString());
        assertEquals(List.of("Sergei Lavrov -> Beijing " + tuesday() + " " + LAVROV_URL), visits());
    }

    @Test
    void ingestOfAMissingFileIsBadInput() {
        Path missing = dir.resolve("no-such-article.txt");
        Run r = ingest(missing);
        assertEquals(2, r.code(), r.toString());
        assertEquals(1, errorLines(r, missing.toString()).size(), r.err());
    }

    @Test
    void failedIngestOfOnlyBadFilesLeavesTheStoreUnchanged() throws IOException {
        assertEquals(0, ingest(lavrov()).code());
        Set<Quad> before = quads(store());
        assertFalse(before.isEmpty());

        Path empty = emptyFile();
        Path binary = binaryFile();
        Path malformed = malformedFile();
        Run r = ingest(empty, binary, malformed);
        assertEquals(2, r.code(), r.toString());
        for (Path bad : List.of(empty, binary, malformed)) {
            assertEquals(1, errorLines(r, bad.toString()).size(), bad + " is named: " + r.err());
        }
        Set<Quad> after = quads(store());
        assertEquals(before.size(), after.size(), "quad count");
        assertEquals(before, after, "the very same quads");
    }

    @Test
    void truncatedJsonLinesFileIsBadInputAndTheGoodInputsStillLand() throws IOException {
        String good = "{\"url\": \"" + ARAGHCHI_URL + "\", \"date_publish\": \"2025-05-09 10:00:00\", "
                + "\"maintext\": \"Iranian Foreign Minister Abbas Araghchi visited Moscow on Wednesday.\"}";
        Path cut = write("cut.jsonl", good + "\n{\"url\": \"https://news.example.org/cut\", \"title\": ");
        Run r = ingest(lavrov(), cut);
        assertEquals(2, r.code(), r.toString());
        assertEquals(1, errorLines(r, cut + ":2").size(), r.err());
        assertEquals(2L, stats(store()).get("articles"));
    }

    // ------------------------------------------------------------------ query

    @Test
    void queryWithAnUnknownNameIsBadInput() {
        try (Store s = Store.open(store())) {
            assertEquals(0L, s.stats().get("quads"));
        }
        Run r = attache("query", "--store", store().toString(), "frobnications");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("frobnications"), r.err());
        assertEquals("", r.out());

        Run missingFile = attache("query", "--store", store().toString(), dir.resolve("missing.rq").toString());
        assertEquals(2, missingFile.code(), missingFile.toString());
        assertTrue(missingFile.err().contains("missing.rq"), missingFile.err());

        Run badFormat = attache("query", "--store", store().toString(), "visits", "--format", "xml");
        assertEquals(2, badFormat.code(), badFormat.toString());
    }

    @Test
    void queryOfAMissingStoreIsBadInput() {
        Path nowhere = dir.resolve("no-store");
        Run r = attache("query", "--store", nowhere.toString(), "visits");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains(nowhere.toString()), r.err());
    }

    @Test
    void queryVisitsAsJson() throws IOException {
        assertEquals(0, ingest(lavrov()).code());
        Run r = attache("query", "--store", store().toString(), "visits", "--format", "json");
        assertEquals(0, r.code(), r.toString());
        JsonObject json = JSON.parse(r.out());
        List<String> vars = json.get("head").getAsObject().get("vars").getAsArray().stream()
                .map(v -> v.getAsString().value()).toList();
        assertTrue(vars.containsAll(COLUMNS.get("visits")), vars.toString());
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonValue b : json.get("results").getAsObject().get("bindings").getAsArray()) {
            Map<String, String> row = new HashMap<>();
            b.getAsObject().entrySet().forEach(e -> row.put(e.getKey(), e.getValue().getAsObject().get("value").getAsString().value()));
            rows.add(row);
        }
        assertEquals(1, rows.size(), "the article states one visit: " + rows);
        Map<String, String> visit = rows.get(0);
        assertEquals("Sergei Lavrov", visit.get("visitorLabel"));
        assertEquals("Beijing", visit.get("destinationLabel"));
        assertEquals(tuesday(), visit.get("date"));
        assertEquals(LAVROV_URL, visit.get("source"));
    }

    // ------------------------------------------------------------------ remove, stats

    @Test
    void removeOfAnUnknownUrlIsBadInputAndChangesNothing() throws IOException {
        assertEquals(0, ingest(lavrov()).code());
        Set<Quad> before = quads(store());
        String unknown = "https://news.example.org/never-ingested";
        Run r = attache("remove", "--store", store().toString(), unknown);
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains(unknown), r.err());
        assertEquals(before, quads(store()));
    }

    @Test
    void removeOfAKnownUrlDropsTheArticle() throws IOException {
        assertEquals(0, ingest(lavrov(), araghchi()).code());
        assertEquals(2L, stats(store()).get("articles"));
        Run r = attache("remove", "--store", store().toString(), LAVROV_URL);
        assertEquals(0, r.code(), r.toString());
        try (Store s = Store.open(store())) {
            assertFalse(s.contains(LAVROV_URL));
            assertTrue(s.contains(ARAGHCHI_URL));
            assertEquals(1L, s.stats().get("articles"));
        }
        List<String> visits = visits();
        assertTrue(visits.stream().noneMatch(v -> v.endsWith(LAVROV_URL)), visits.toString());
        assertTrue(visits.contains("Abbas Araghchi -> Moscow " + wednesday() + " " + ARAGHCHI_URL), visits.toString());
        // Removing it again: it is no longer known.
        assertEquals(2, attache("remove", "--store", store().toString(), LAVROV_URL).code());
    }

    @Test
    void statsPrintsTheCounts() throws IOException {
        assertEquals(0, ingest(lavrov(), araghchi()).code());
        Run r = attache("stats", "--store", store().toString());
        assertEquals(0, r.code(), r.toString());
        Map<String, String> counts = new HashMap<>();
        r.out().lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(l -> {
            int sp = l.lastIndexOf(' ');
            counts.put(l.substring(0, sp).strip(), l.substring(sp + 1));
        });
        assertEquals("2", counts.get("articles"), r.out());
        assertEquals("2", counts.get("Visit"), "Lavrov to Beijing, Araghchi to Moscow: " + r.out());
        assertEquals(String.valueOf(quads(store()).size()), counts.get("quads"), r.out());
    }

    // ------------------------------------------------------------------ usage

    @Test
    void unknownSubcommandOrOptionIsBadUsage() {
        Run sub = attache("frobnicate");
        assertEquals(2, sub.code(), sub.toString());
        assertTrue(sub.err().contains("frobnicate"), sub.err());

        Run opt = attache("stats", "--store", store().toString(), "--frobnicate");
        assertEquals(2, opt.code(), opt.toString());
        assertTrue(opt.err().contains("--frobnicate"), opt.err());

        Run top = attache("--frobnicate");
        assertEquals(2, top.code(), top.toString());

        Run none = attache();
        assertEquals(2, none.code(), none.toString());

        Run noInput = attache("ingest", "--store", store().toString());
        assertEquals(2, noInput.code(), "ingest needs a FILE: " + noInput);

        Run badDate = attache("ingest", "--store", store().toString(), "--published", "2025-13-40", dir.toString());
        assertEquals(2, badDate.code(), badDate.toString());
        assertTrue(badDate.err().contains("2025-13-40"), badDate.err());

        Run neither = attache("query", "--store", store().toString());
        assertEquals(2, neither.code(), "query needs NAME or --all: " + neither);
    }

    @Test
    void helpAndVersionExitZero() {
        Run help = attache("--help");
        assertEquals(0, help.code(), help.toString());
        assertTrue(help.out().contains("ingest") && help.out().contains("query"), help.out());
        Run version = attache("--version");
        assertEquals(0, version.code(), version.toString());
        assertTrue(version.out().startsWith("attache"), version.out());
    }
}

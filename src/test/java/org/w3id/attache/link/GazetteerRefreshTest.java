package org.w3id.attache.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.attache.intake.InputException;
import org.w3id.attache.nlp.Gazetteer;

/** {@code gazetteer build} against the Wikidata-shaped fixture endpoint. */
class GazetteerRefreshTest {
    static WikidataFixture wikidata;
    static Gazetteer gazetteer;

    @BeforeAll
    static void start() {
        wikidata = new WikidataFixture();
        gazetteer = Gazetteer.bundled();
    }

    @AfterAll
    static void stop() {
        wikidata.close();
    }

    GazetteerRefresh refresh() {
        return new GazetteerRefresh(SparqlClient.builder(wikidata.endpoint()).build(), gazetteer);
    }

    @Test
    void itemsAndClassesBecomeEntityLines() {
        GazetteerRefresh.Result r = refresh().fetch(List.of("Q7747", "Q649", "class Q192283", "Q9990000003"));
        Map<String, GazetteerRefresh.Entry> byId = r.entries().stream().collect(Collectors.toMap(GazetteerRefresh.Entry::qid, e -> e));
        assertEquals(new GazetteerRefresh.Entry("person", "Vladimir Putin", List.of("Putin", "Vladimir Vladimirovich Putin"), "RU", "Q7747"),
                byId.get("Q7747"));
        assertEquals(new GazetteerRefresh.Entry("city", "Moscow", List.of(), "RU", "Q649"), byId.get("Q649"));
        assertEquals(new GazetteerRefresh.Entry("media-outlet", "TASS", List.of("ITAR-TASS"), "RU", "Q223799"), byId.get("Q223799"));
        assertEquals(3, r.entries().size(), r.entries().toString());
        assertTrue(r.skipped().get("Q9990000003").contains("no gazetteer type"), r.skipped().toString());
    }

    @Test
    void mergeAddsAliasesAndNewLinesAndKeepsTheRest() {
        List<String> lines = List.of("# comment\tx\ty\tz\tQ7747",
                "person\tVladimir Putin\tPutin\tRU\tQ7747\tpresident of Russia",
                "person\tSomeone Else\t\t\t\t");
        List<String> merged = GazetteerRefresh.merge(lines, List.of(
                new GazetteerRefresh.Entry("person", "Vladimir Putin", List.of("Putin", "Vladimir Vladimirovich Putin"), "RU", "Q7747"),
                new GazetteerRefresh.Entry("city", "Moscow", List.of(), "RU", "Q649")), "refreshed");
        assertEquals(List.of("# comment\tx\ty\tz\tQ7747",
                "person\tVladimir Putin\tPutin|Vladimir Vladimirovich Putin\tRU\tQ7747\tpresident of Russia",
                "person\tSomeone Else\t\t\t\t",
                "city\tMoscow\t\tRU\tQ649\trefreshed"), merged);
    }

    @Test
    void aBadListLineIsNamedByFileAndLine(@TempDir Path dir) throws IOException, InputException {
        Path list = dir.resolve("ids.txt");
        Files.writeString(list, "# people\nQ7747\nPutin\n");
        InputException e = assertThrows(InputException.class, () -> GazetteerRefresh.readList(list));
        assertTrue(e.getMessage().startsWith(list + ":3: "), e.getMessage());
        Files.writeString(list, "Q7747  # Putin\nclass   Q5\n");
        assertEquals(List.of("Q7747", "class Q5"), GazetteerRefresh.readList(list));
    }
}

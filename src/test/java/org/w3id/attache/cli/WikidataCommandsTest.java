package org.w3id.attache.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.attache.link.QueryCache;
import org.w3id.attache.link.WikidataFixture;
import org.w3id.attache.store.Store;

/** {@code link}, {@code gazetteer build} and {@code export} on the command line: exit codes and messages. No CoreNLP. */
class WikidataCommandsTest {
    static WikidataFixture wikidata;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        wikidata = new WikidataFixture();
    }

    @AfterAll
    static void stop() {
        wikidata.close();
    }

    Path fixtureStore() {
        Path store = dir.resolve("store");
        try (Store s = Store.open(store)) {
            Txn.executeWrite(s.dataset(), () -> RDFDataMgr.read(s.dataset(), WikidataFixture.DIR.resolve("store.trig").toString()));
        }
        return store;
    }

    static long quads(Path store) {
        try (Store s = Store.open(store)) {
            return s.read(ds -> (Long) ds.asDatasetGraph().stream().count());
        }
    }

    @Test
    void linkLinksAndCachesUnderTheStore() {
        Path store = fixtureStore();
        CliTest.Run r = CliTest.attache("link", "--store", store.toString(), "--endpoint", wikidata.endpoint());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.err().contains("12 linked"), r.toString());
        assertTrue(Files.isDirectory(store.resolve(QueryCache.DIRECTORY)));
        CliTest.Run again = CliTest.attache("link", "--store", store.toString(), "--endpoint", wikidata.endpoint());
        assertTrue(again.err().contains("0 linked"), again.toString());
    }

    @Test
    void anUnreachableEndpointIsAFailureAndChangesNothing() throws IOException {
        Path store = fixtureStore();
        long before = quads(store);
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        CliTest.Run r = CliTest.attache("link", "--store", store.toString(), "--endpoint", "http://127.0.0.1:" + port + "/sparql",
                "--retries", "0", "--timeout", "2");
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().contains("did not answer"), r.toString());
        assertEquals(before, quads(store));
    }

    @Test
    void badUsageIsExitCodeTwo() throws IOException {
        Path store = fixtureStore();
        assertEquals(2, CliTest.attache("link", "--store", dir.resolve("none").toString()).code());
        assertEquals(2, CliTest.attache("link", "--store", store.toString(), "--endpoint", "ftp://example.org/sparql").code());
        CliTest.Run export = CliTest.attache("export", "--store", store.toString(), "--format", "plover-csv");
        assertEquals(2, export.code(), export.toString());
        assertTrue(export.err().contains("unknown export format"), export.toString());
        Path list = dir.resolve("ids.txt");
        Files.writeString(list, "Q7747\nVladimir Putin\n");
        CliTest.Run build = CliTest.attache("gazetteer", "build", "--from", list.toString(), "--endpoint", wikidata.endpoint());
        assertEquals(2, build.code(), build.toString());
        assertTrue(build.err().contains(list + ":2:"), build.toString());
        assertEquals(2, CliTest.attache("gazetteer", "build", "--from", dir.resolve("missing.txt").toString()).code());
    }

    @Test
    void gazetteerBuildPrintsOrMergesEntityLines() throws IOException {
        Path list = dir.resolve("ids.txt");
        Files.writeString(list, "Q649\n");
        CliTest.Run r = CliTest.attache("gazetteer", "build", "--from", list.toString(), "--endpoint", wikidata.endpoint());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("city\tMoscow\t\tRU\tQ649\trefreshed from " + wikidata.endpoint()), r.toString());
        Path entities = dir.resolve("entities.tsv");
        Files.writeString(entities, "# header\ncity\tMoscow\tMoskva\t\tQ649\tcapital\n");
        assertEquals(0, CliTest.attache("gazetteer", "build", "--from", list.toString(), "--endpoint", wikidata.endpoint(),
                "--into", entities.toString()).code());
        assertEquals("# header\ncity\tMoscow\tMoskva\tRU\tQ649\tcapital\n", Files.readString(entities));
    }

    @Test
    void exportWritesQuickStatementsToAFile() throws IOException {
        Path store = dir.resolve("positions");
        try (Store s = Store.open(store)) {
            Txn.executeWrite(s.dataset(), () -> RDFDataMgr.read(s.dataset(), WikidataFixture.DIR.resolve("positions.trig").toString()));
        }
        Path out = dir.resolve("seed.qs");
        CliTest.Run r = CliTest.attache("export", "--format", "quickstatements", "--store", store.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.toString());
        assertEquals(3, Files.readAllLines(out).size());
        assertTrue(Files.readAllLines(out).stream().allMatch(l -> l.contains("\tP39\tQ") && l.contains("\tS854\t")), r.toString());
    }
}

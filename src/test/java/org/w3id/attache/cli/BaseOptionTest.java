package org.w3id.attache.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.attache.store.Store;

/**
 * {@code --base} of ingest, import and serve: ingest and import mint every instance IRI under it, so that a server
 * deployed at that address (serve --base) answers them; a base that is not an http(s) IRI ending
 * in '/' is bad usage and writes nothing.
 */
class BaseOptionTest {
    private static final String OWN_BASE = "https://attache.example.org/id/";

    @TempDir
    Path dir;

    private Path article() throws IOException {
        return Files.writeString(dir.resolve("lavrov.txt"), CliTest.article(CliTest.LAVROV_URL, "Lavrov in Beijing", "2025-05-09",
                "Foreign Minister Sergei Lavrov visited Beijing on Tuesday. He met Chinese Foreign Minister Wang Yi."));
    }

    private static List<String> instanceIris(Path store) {
        try (Store s = Store.open(store)) {
            List<String> iris = new ArrayList<>();
            Txn.executeRead(s.datasetGraph(), () -> s.datasetGraph().find().forEachRemaining(q -> {
                for (Node n : List.of(q.getSubject(), q.getObject())) {
                    if (n.isURI() && n.getURI().contains("/id/")) {
                        iris.add(n.getURI());
                    }
                }
            }));
            return iris;
        }
    }

    @Test
    void ingestMintsUnderTheGivenBase() throws IOException {
        Path store = dir.resolve("store");
        CliTest.Run r = CliTest.attache("ingest", "--store", store.toString(), "--base", OWN_BASE, article().toString());
        assertEquals(0, r.code(), r.toString());
        List<String> iris = instanceIris(store);
        assertFalse(iris.isEmpty());
        assertTrue(iris.contains(OWN_BASE + "person/sergei-lavrov"), iris.toString());
        assertTrue(iris.stream().allMatch(i -> i.startsWith(OWN_BASE)), iris.toString());
    }

    @Test
    void importMintsItsRunUnderTheGivenBase() throws IOException {
        Path first = dir.resolve("first");
        assertEquals(0, CliTest.attache("ingest", "--store", first.toString(), "--base", OWN_BASE, article().toString()).code());
        Path dump = dir.resolve("dump.trig");
        CliTest.Run export = CliTest.attache("export", "--store", first.toString(), "--format", "trig", "--out", dump.toString());
        assertEquals(0, export.code(), export.toString());

        Path second = dir.resolve("second");
        CliTest.Run r = CliTest.attache("import", "--store", second.toString(), "--base", OWN_BASE, dump.toString());
        assertEquals(0, r.code(), r.toString());
        List<String> iris = instanceIris(second);
        assertTrue(iris.stream().anyMatch(i -> i.startsWith(OWN_BASE + "import/")), iris.toString());
        assertTrue(iris.stream().allMatch(i -> i.startsWith(OWN_BASE)), iris.toString());

        CliTest.Run bad = CliTest.attache("import", "--store", second.toString(), "--base", "ftp://attache.example.org/id/", dump.toString());
        assertEquals(2, bad.code(), bad.toString());
        assertTrue(bad.err().contains("--base"), bad.err());
    }

    @Test
    void aBadBaseIsBadUsageAndWritesNothing() throws IOException {
        Path store = dir.resolve("store");
        for (String bad : List.of("ftp://attache.example.org/id/", "https://attache.example.org/id", "not an iri/")) {
            CliTest.Run r = CliTest.attache("ingest", "--store", store.toString(), "--base", bad, article().toString());
            assertEquals(2, r.code(), r.toString());
            assertTrue(r.err().contains("--base") && r.err().contains(bad), r.err());
            CliTest.Run s = CliTest.attache("serve", "--store", store.toString(), "--port", "0", "--base", bad);
            assertEquals(2, s.code(), s.toString());
            assertTrue(s.err().contains("instance base") && s.err().contains(bad), s.err());
        }
        assertEquals(0L, CliTest.stats(store).get("articles"));
    }
}

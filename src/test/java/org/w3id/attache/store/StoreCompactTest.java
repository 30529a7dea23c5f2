package org.w3id.attache.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compaction reclaims what re-ingests leave behind and keeps every quad. TDB2 grows its index
 * files in fixed steps, so the test weighs the node table's values ({@code nodes-data.obj}), which
 * only grow: each re-ingest below names a new outlet, a node the compacted store no longer holds.
 */
class StoreCompactTest {
    @TempDir
    Path dir;

    private long nodeTables() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.getFileName().toString().equals("nodes-data.obj")).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    @Test
    void compactionAfterTenReingestsShrinksTheStoreAndKeepsItsContent() throws IOException {
        Map<String, Long> before;
        try (Store s = Store.open(dir)) {
            for (int i = 0; i < 10; i++) {
                s.put(EventsGraphTest.article("aaaa", "2025-03-05", "Outlet A, edition " + i, EventsGraphTest.visit("2025-03-04")));
                s.put(EventsGraphTest.article("bbbb", "2025-03-09", "Outlet B, edition " + i, EventsGraphTest.visit("2025-03")));
            }
            before = s.stats();
        }
        long grown = nodeTables();
        try (Store s = Store.open(dir)) {
            s.compact();
            assertEquals(before, s.stats(), "compaction changed what the store holds");
        }
        assertTrue(Files.isDirectory(dir.resolve("Data-0002")), "a new generation");
        assertFalse(Files.exists(dir.resolve("Data-0001")), "the old generation is deleted");
        assertTrue(nodeTables() < grown, "compaction reclaimed nothing: " + nodeTables() + " >= " + grown);
        try (Store s = Store.open(dir)) {
            assertEquals(before, s.stats(), "the compacted store reopens with the same content");
        }
    }
}

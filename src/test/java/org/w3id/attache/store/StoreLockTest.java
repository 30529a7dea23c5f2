package org.w3id.attache.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Store#open} takes TDB2's lock before it touches the journal: while another process has
 * the store open, its journal may end in an entry that process is still writing, and cutting
 * that "unfinished" tail would corrupt a live store. The other process here is a child JVM
 * ({@link StoreHolderChild}); the entry it is writing is a header appended by hand.
 */
class StoreLockTest {
    @TempDir
    Path dir;

    @Test
    void aStoreInUseIsRefusedAndItsJournalIsNotTouched() throws IOException, InterruptedException {
        Path store = dir.resolve("store");
        ChildJvm holder = ChildJvm.storeHolder(store, dir.resolve("holder.log"));
        try {
            holder.awaitLine("open");
            Path journal = journal(store);
            Files.write(journal, ByteBuffer.allocate(UnfinishedJournalTail.HEADER_BYTES).putInt(24).array(), StandardOpenOption.APPEND);
            byte[] before = Files.readAllBytes(journal);

            StoreException e = assertThrows(StoreException.class, () -> Store.open(store));

            assertArrayEquals(before, Files.readAllBytes(journal), "the journal of a store in use is left as it was");
            assertTrue(e.getMessage().contains(store.toString()) && e.getMessage().contains("in use"), e.getMessage());
        } finally {
            holder.kill();
        }
    }

    private static Path journal(Path store) throws IOException {
        try (Stream<Path> files = Files.walk(store)) {
            return files.filter(f -> f.getFileName().toString().equals(UnfinishedJournalTail.JOURNAL_FILE)).findFirst().orElseThrow();
        }
    }
}

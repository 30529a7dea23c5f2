package org.w3id.attache.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store whose writer was killed between writing a journal entry's header and its data opens
 * with everything committed before, and its journal loses only the unfinished entry. The
 * journals here are made by appending bytes to a real store's journal, as the killed writer
 * would have left them.
 */
class UnfinishedJournalTailTest {
    private static final Node G = NodeFactory.createURI("https://example.org/graph");
    private static final Quad COMMITTED = Quad.create(G, NodeFactory.createURI("https://example.org/s"),
            NodeFactory.createURI("https://example.org/p"), NodeFactory.createLiteralString("stored before the kill"));
    private static final int REDO = 1;

    @TempDir
    Path dir;

    @Test
    void headerWithoutItsDataIsCutAndTheCommittedDataStays() throws IOException {
        Path journal = storeWithOneCommit();
        append(journal, header(24, REDO));
        append(journal, new byte[10]);

        assertReopensWithTheCommit(journal);
    }

    @Test
    void halfAHeaderIsCut() throws IOException {
        Path journal = storeWithOneCommit();
        append(journal, Arrays.copyOf(header(24, REDO), 13));

        assertReopensWithTheCommit(journal);
    }

    @Test
    void wholeEntriesBeforeTheUnfinishedOneAreKept() throws IOException {
        Path journal = storeWithOneCommit();
        byte[] whole = entry(new byte[24], REDO);
        append(journal, whole);
        append(journal, header(40, REDO));

        List<UnfinishedJournalTail.Cut> cuts = UnfinishedJournalTail.removeFrom(dir);

        assertEquals(1, cuts.size());
        assertEquals(whole.length, cuts.get(0).keptBytes());
        assertEquals(UnfinishedJournalTail.HEADER_BYTES, cuts.get(0).removedBytes());
        assertEquals(whole.length, Files.size(journal));
        assertReopensWithTheCommit(journal);
    }

    @Test
    void aWholeJournalIsLeftAlone() throws IOException {
        Path journal = storeWithOneCommit();
        byte[] whole = entry(new byte[24], REDO);
        append(journal, whole);

        assertEquals(List.of(), UnfinishedJournalTail.removeFrom(dir));
        assertEquals(whole.length, Files.size(journal));
    }

    @Test
    void aStoreThatCannotBeOpenedNamesItsDirectory() throws IOException {
        Path journal = storeWithOneCommit();
        byte[] corrupt = entry(new byte[24], REDO);
        corrupt[5] ^= 0x7f;
        append(journal, corrupt);

        StoreException e = assertThrows(StoreException.class, () -> Store.open(dir));
        assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
    }

    private Path storeWithOneCommit() throws IOException {
        Store s = Store.open(dir);
        Txn.executeWrite(s.dataset(), () -> s.datasetGraph().add(COMMITTED));
        TDBInternal.expel(s.datasetGraph());
        try (var files = Files.walk(dir)) {
            Path journal = files.filter(f -> f.getFileName().toString().equals(UnfinishedJournalTail.JOURNAL_FILE))
                    .findFirst().orElseThrow();
            assertEquals(0, Files.size(journal), "a committed and applied transaction leaves the journal empty");
            return journal;
        }
    }

    private void assertReopensWithTheCommit(Path journal) throws IOException {
        Store s = Store.open(dir);
        try {
            boolean there = s.read(ds -> ds.asDatasetGraph().contains(COMMITTED));
            assertTrue(there, "what was committed before the kill is there");
        } finally {
            TDBInternal.expel(s.datasetGraph());
        }
        assertEquals(0, Files.size(journal), "recovery ends with an empty journal");
    }

    private static void append(Path journal, byte[] bytes) throws IOException {
        Files.write(journal, bytes, StandardOpenOption.APPEND);
    }

    /** A journal entry header: data length, checksum, type, component id (as TDB2 writes them: four ints). */
    private static byte[] header(int dataLength, int type) {
        return ByteBuffer.allocate(UnfinishedJournalTail.HEADER_BYTES).putInt(dataLength).putInt(0).putInt(type).array();
    }

    /** A whole entry with TDB2's Adler-32 checksum over the header (checksum field zero) and data. */
    private static byte[] entry(byte[] data, int type) {
        byte[] header = header(data.length, type);
        java.util.zip.Adler32 adler = new java.util.zip.Adler32();
        adler.update(header);
        adler.update(data);
        ByteBuffer.wrap(header).putInt(4, (int) adler.getValue());
        return ByteBuffer.allocate(header.length + data.length).put(header).put(data).array();
    }
}

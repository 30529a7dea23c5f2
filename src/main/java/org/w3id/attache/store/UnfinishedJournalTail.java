package org.w3id.attache.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Cuts off the entry a killed writer left half-written at the end of a TDB2 journal.
 *
 * <p>TDB2 writes a transaction's journal entries in order and its COMMIT entry last, then syncs;
 * on opening, it replays each transaction whose COMMIT it finds and drops the rest. An entry is a
 * 16-byte header (data length, checksum, type, component id: four ints) and then its data, written by two
 * separate calls. A process killed between them leaves a header whose data is missing, and Jena
 * 5.6's recovery then refuses the store ("Failed to read the journal entry data") instead of
 * dropping the unfinished transaction as it would have had the kill come a moment earlier. Such a
 * tail can only belong to a transaction that never committed, so removing it loses nothing
 * stored; this class does that, and nothing else: an entry that is whole but corrupt is left for
 * TDB2 to report.
 */
final class UnfinishedJournalTail {
    static final String JOURNAL_FILE = "journal.jrnl";
    static final int HEADER_BYTES = 16;

    private UnfinishedJournalTail() {
    }

    /** What was cut from one journal. */
    record Cut(Path journal, long keptBytes, long removedBytes) {
    }

    /** Cuts the unfinished tail, if any, of every journal under the store directory. */
    static List<Cut> removeFrom(Path storeDir) throws IOException {
        List<Cut> cuts = new ArrayList<>();
        if (!Files.isDirectory(storeDir)) {
            return cuts;
        }
        List<Path> journals;
        try (Stream<Path> files = Files.walk(storeDir, 2)) {
            journals = files.filter(f -> f.getFileName().toString().equals(JOURNAL_FILE)).sorted().toList();
        }
        for (Path journal : journals) {
            cut(journal).ifPresent(cuts::add);
        }
        return cuts;
    }

    private static Optional<Cut> cut(Path journal) throws IOException {
        try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = channel.size();
            long whole = wholeEntriesEnd(channel, size);
            if (whole == size) {
                return Optional.empty();
            }
            channel.truncate(whole);
            channel.force(true);
            return Optional.of(new Cut(journal, whole, size - whole));
        }
    }

    /** The offset just past the last entry whose header and data are both in the file. */
    static long wholeEntriesEnd(FileChannel channel, long size) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
        long position = 0;
        while (position < size) {
            if (size - position < HEADER_BYTES) {
                return position;
            }
            header.clear();
            while (header.hasRemaining()) {
                if (channel.read(header, position + header.position()) < 0) {
                    return position;
                }
            }
            int dataLength = header.getInt(0);
            long end = position + HEADER_BYTES + Math.max(dataLength, 0);
            if (end > size) {
                return position;
            }
            position = end;
        }
        return position;
    }
}

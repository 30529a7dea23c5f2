package org.w3id.attache.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.base.file.ProcessFileLock;
import org.apache.jena.tdb2.sys.DatabaseConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@link Store#open} does to a store directory before TDB2 opens it: take TDB2's own lock
 * on the store, cut a journal entry that a killed writer left half-written
 * ({@link UnfinishedJournalTail}), and give the lock back for TDB2 to take. The lock comes first:
 * while another process (a running {@code serve}, another {@code ingest}) has the store open, the
 * end of its journal may be an entry it is still writing, and cutting that would corrupt a live
 * store; such a store is refused with its journal untouched. A store this process has open
 * already is left alone too: TDB2 hands back the open one.
 */
final class JournalRepair {
    private static final Logger LOG = LoggerFactory.getLogger(JournalRepair.class);

    private JournalRepair() {
    }

    /** Repairs the journal of the store in {@code dir} (at {@code location}) if no process has it open. */
    static void beforeOpening(Path dir, Location location) {
        ProcessFileLock lock;
        try {
            lock = DatabaseConnection.lockForLocation(location);
        } catch (RuntimeException e) {
            throw new StoreException("cannot open store directory " + dir + ": " + e.getMessage(), e);
        }
        if (lock.isLockedHere()) {
            return;
        }
        if (!tryLock(lock)) {
            throw new StoreException("the store in " + dir + " is in use by another process" + holder(lock)
                    + "; stop it (a running attache serve, ingest or import) and try again", null);
        }
        try {
            for (UnfinishedJournalTail.Cut cut : UnfinishedJournalTail.removeFrom(dir)) {
                LOG.warn("{}: dropped {} bytes of a transaction that never committed (the writer was stopped mid-write)",
                        cut.journal(), cut.removedBytes());
            }
        } catch (IOException e) {
            throw new StoreException("cannot open the store in " + dir + ": " + e.getMessage(), e);
        } finally {
            ProcessFileLock.release(lock);
        }
    }

    private static boolean tryLock(ProcessFileLock lock) {
        try {
            return lock.tryLock();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** " (process N)", as the lock file says, or nothing. */
    private static String holder(ProcessFileLock lock) {
        try {
            String pid = Files.readString(lock.getPath()).strip();
            return pid.matches("\\d+") ? " (process " + pid + ")" : "";
        } catch (IOException e) {
            return "";
        }
    }
}

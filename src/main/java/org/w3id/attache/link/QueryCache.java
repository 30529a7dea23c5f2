package org.w3id.attache.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.w3id.attache.mapping.Iris;

/**
 * Answers of a remote SPARQL endpoint kept on disk, one file per query (named by the SHA-256 of
 * endpoint and query), so that running {@code link} again does not ask Wikidata again. Delete
 * the directory to forget them.
 */
public final class QueryCache {
    /** The cache directory's name inside a store directory. */
    public static final String DIRECTORY = "wikidata-cache";

    private final Path dir;

    private QueryCache(Path dir) {
        this.dir = dir;
    }

    /** A cache in {@code storeDir/wikidata-cache}. */
    public static QueryCache in(Path storeDir) {
        return new QueryCache(storeDir.resolve(DIRECTORY));
    }

    /** No cache: every query goes to the endpoint. */
    public static QueryCache none() {
        return new QueryCache(null);
    }

    Optional<byte[]> get(String key) {
        if (dir == null) {
            return Optional.empty();
        }
        Path f = file(key);
        try {
            return Files.isRegularFile(f) ? Optional.of(Files.readAllBytes(f)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    void put(String key, byte[] answer) {
        if (dir == null) {
            return;
        }
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "answer", ".tmp");
            Files.write(tmp, answer);
            Files.move(tmp, file(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the query cache in " + dir + ": " + e.getMessage(), e);
        }
    }

    private Path file(String key) {
        return dir.resolve(Iris.hash(key) + ".srj");
    }
}

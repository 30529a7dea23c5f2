package org.w3id.attache.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A store's files: their size on disk, and deleting a demo store before it is rebuilt. */
final class StoreFiles {
    private StoreFiles() {
    }

    /**
     * The bytes {@code dir} takes on disk: {@code du -sk} where there is one (TDB2's files are
     * sparse: their lengths say far more than they take), else the sum of the files' lengths.
     */
    static long size(Path dir) throws IOException {
        try {
            Process du = new ProcessBuilder("du", "-sk", dir.toString()).redirectErrorStream(true).start();
            String out = new String(du.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
            if (du.waitFor() == 0 && out.matches("\\d+\\s.*")) {
                return Long.parseLong(out.split("\\s")[0]) * 1024;
            }
        } catch (IOException e) {
            // no du here: fall back to the files' lengths
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return lengths(dir);
    }

    private static long lengths(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            long total = 0;
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                total += Files.size(p);
            }
            return total;
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

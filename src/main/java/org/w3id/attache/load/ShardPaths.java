package org.w3id.attache.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The shard files a load reads: files named as they are, directories searched (recursively) for
 * N-Quads and TriG files ({@code .nq}, {@code .trig}, with or without {@code .gz}), and globs
 * the shell did not expand ({@code 'out/part-*.nq.gz'}). Sorted, each once.
 */
public final class ShardPaths {
    private ShardPaths() {
    }

    /** Whether the loader reads a file of this name. */
    public static boolean isShard(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        return name.endsWith(".nq") || name.endsWith(".trig");
    }

    /**
     * @throws IllegalArgumentException naming the argument that names no readable shard
     */
    public static List<Path> resolve(List<String> args) {
        TreeSet<Path> out = new TreeSet<>();
        for (String arg : args) {
            List<Path> found = arg.contains("*") || arg.contains("?") ? glob(arg) : named(Path.of(arg));
            if (found.isEmpty()) {
                throw new IllegalArgumentException(arg + ": no N-Quads or TriG file (.nq, .trig, optionally .gz) there");
            }
            out.addAll(found);
        }
        return new ArrayList<>(out);
    }

    private static List<Path> named(Path p) {
        if (Files.isDirectory(p)) {
            return walk(p, ShardPaths::isShard);
        }
        if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
            throw new IllegalArgumentException(p + ": no such readable file or directory");
        }
        if (!isShard(p)) {
            throw new IllegalArgumentException(p + ": not N-Quads or TriG (.nq, .trig, optionally .gz); use attache import for other formats");
        }
        return List.of(p);
    }

    private static List<Path> glob(String pattern) {
        Path whole = Path.of(pattern);
        Path dir = whole.getParent() == null ? Path.of(".") : whole.getParent();
        if (dir.toString().contains("*") || dir.toString().contains("?")) {
            throw new IllegalArgumentException(pattern + ": only the file name may hold a wildcard");
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + whole.getFileName());
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> Files.isRegularFile(f) && matcher.matches(f.getFileName()) && isShard(f)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> walk(Path dir, Predicate<Path> keep) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> Files.isRegularFile(f) && keep.test(f)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

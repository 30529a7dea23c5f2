package org.w3id.attache.store;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM (for {@link CrashSafetyLongIT} a {@link StoreWriterChild} or {@code attache ingest}, for
 * {@link StoreLockTest} a {@link StoreHolderChild}) and the lines it printed, read as they come so
 * that the test can kill it at any moment.
 */
final class ChildJvm {
    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Thread reader;
    private final Path log;

    private ChildJvm(Process process, Path log, boolean readStderr) {
        this.process = process;
        this.log = log;
        this.reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(
                    readStderr ? process.getErrorStream() : process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("read error: " + e);
            }
        });
        reader.setDaemon(true);
        reader.start();
    }

    static ChildJvm storeWriter(Path store, Path fixtures, long seed, int rounds, Path log) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(java(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                StoreWriterChild.class.getName(), store.toString(), fixtures.toString(), Long.toString(seed), Integer.toString(rounds));
        pb.redirectError(log.toFile());
        return new ChildJvm(pb.start(), log, false);
    }

    /** A {@link StoreHolderChild} holding {@code store} open; it prints {@code open} once it does. */
    static ChildJvm storeHolder(Path store, Path log) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(java(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                StoreHolderChild.class.getName(), store.toString());
        pb.redirectError(log.toFile());
        return new ChildJvm(pb.start(), log, false);
    }

    /** {@code attache ingest --store STORE INPUT…}; its progress lines come on stderr. */
    static ChildJvm attacheIngest(Path store, List<String> inputs, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx2g", "-cp", System.getProperty("java.class.path"),
                "org.w3id.attache.cli.Main", "ingest", "--store", store.toString()));
        command.addAll(inputs);
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.redirectOutput(log.toFile());
        return new ChildJvm(pb.start(), log, true);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    void awaitLine(String prefix) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (lines.stream().noneMatch(l -> l.startsWith(prefix))) {
            if (!process.isAlive() && !reader.isAlive()) {
                fail("the child died before printing '" + prefix + "': " + lines + "\n" + logText());
            }
            if (System.nanoTime() > deadline) {
                process.destroyForcibly();
                fail("the child printed no '" + prefix + "' within 300 s");
            }
            Thread.sleep(5);
        }
    }

    /** SIGKILL (destroyForcibly on Unix), then the urls it had reported stored. */
    List<String> kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
        reader.join(10_000);
        return stored();
    }

    boolean awaitExit(int seconds) throws InterruptedException {
        boolean exited = process.waitFor(seconds, TimeUnit.SECONDS);
        reader.join(10_000);
        return exited && process.exitValue() == 0 && finished();
    }

    private String logText() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    boolean finished() {
        return lines.contains("done") || lines.stream().anyMatch(l -> l.startsWith("ingested "));
    }

    /** The files {@code attache ingest} reported stored: its lines {@code [k] FILE: n facts}. */
    List<String> progressOrigins() {
        return lines.stream().filter(l -> l.startsWith("["))
                .map(l -> l.substring(l.indexOf("] ") + 2, l.lastIndexOf(": "))).toList();
    }

    /** The urls of the puts it reported done. */
    List<String> stored() {
        return lines.stream().filter(l -> l.startsWith("stored ")).map(l -> l.split(" ", 3)[2]).toList();
    }

    /** How long each of its puts took, in ms. */
    List<Long> putMillis() {
        return lines.stream().filter(l -> l.startsWith("stored ")).map(l -> Long.parseLong(l.split(" ", 3)[1])).toList();
    }
}

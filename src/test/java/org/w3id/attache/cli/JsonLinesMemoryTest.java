package org.w3id.attache.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code attache ingest} reads a JSON Lines file record by record: a file of about 180 MB, nearly twice
 * the heap, most of it in lines each far over the record limit, is read to its end in a child JVM
 * given 96 MB, each bad record named. The other records are refused before extraction (their date
 * is in the future), so the child never loads CoreNLP and the heap is the reading's alone.
 */
class JsonLinesMemoryTest {
    static final int RECORDS = 6_000;
    static final int HUGE_EVERY = 1_000;
    static final int HUGE_LINE_CHARS = 30_000_000;

    @TempDir
    Path dir;

    @Test
    void aJsonLinesFileLargerThanTheHeapIsStreamedRecordByRecord() throws IOException, InterruptedException {
        Path input = dir.resolve("large.jsonl");
        String text = "Foreign Minister Sergei Lavrov visited Beijing on Tuesday. ".repeat(16);
        String huge = "x".repeat(HUGE_LINE_CHARS);
        try (BufferedWriter out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            for (int i = 1; i <= RECORDS; i++) {
                if (i % HUGE_EVERY == 2) {
                    out.write("{\"maintext\": \"" + huge + "\"}\n");
                    continue;
                }
                out.write("{\"url\": \"https://news.example.org/large/" + i + "\", \"date_publish\": \"2999-01-01\", "
                        + "\"title\": \"Record " + i + "\", \"maintext\": \"" + text + "\"}\n");
            }
        }
        assertTrue(Files.size(input) > 150L * 1024 * 1024, "the file is larger than the child's heap: " + Files.size(input));

        Path err = dir.resolve("stderr.txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx96m"));
        // the StAX parser the build pins (Spark's Hadoop jars, on the test class path, register their own, which costs heap)
        for (String stax : List.of("javax.xml.stream.XMLInputFactory", "javax.xml.stream.XMLOutputFactory", "javax.xml.stream.XMLEventFactory")) {
            if (System.getProperty(stax) != null) {
                command.add("-D" + stax + "=" + System.getProperty(stax));
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.w3id.attache.cli.Main", "ingest",
                "--store", dir.resolve("store").toString(), input.toString()));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.redirectError(err.toFile());
        pb.redirectOutput(dir.resolve("stdout.txt").toFile());
        Process child = pb.start();
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "ingest finished within 120 s");
        List<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8);
        String tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        assertFalse(lines.stream().anyMatch(l -> l.contains("OutOfMemoryError")), tail);
        assertEquals(2, child.exitValue(), tail);
        int hugeLines = RECORDS / HUGE_EVERY;
        assertEquals(hugeLines, lines.stream().filter(l -> l.matches("attache ingest: \\Q" + input + "\\E:\\d+: the record has more than .*")).count(), tail);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("attache ingest: " + input + ":2: the record has more than ")), tail);
        assertEquals(RECORDS - hugeLines, lines.stream().filter(l -> l.startsWith("attache ingest: " + input + ":") && l.contains("in the future")).count(), tail);
    }
}

package org.w3id.attache.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.attache.cli.Main;

/**
 * Ingests an evaluation set, writes every competency query as CSV and scores it with the
 * shared scorer ({@code ../shared/eval/score.py}), as {@code run-eval.sh} does, and holds the
 * micro-F1 to a floor: the targets of issue 3 (seed 0.95, dev 0.85) and, for our own breadth set, a
 * little under what attache measures today (0.865), so a rule
 * change that loses facts or makes false ones fails the build. Skipped where the shared folder
 * or python3 is missing.
 */
class EvaluationFloorsTest {
    private static final Path SHARED_EVAL = Path.of("../shared/eval");
    private static final Pattern F1 = Pattern.compile("^F1 ([0-9.]+)", Pattern.MULTILINE);

    @ParameterizedTest(name = "{0}: F1 >= {1}")
    @CsvSource({
        "../shared/eval/seed, 0.95",
        "../shared/eval/dev, 0.85",
        "src/test/resources/breadth, 0.82"})
    void microF1StaysAboveItsFloor(String set, double floor, @TempDir Path work) throws Exception {
        Path setDir = Path.of(set);
        assumeTrue(Files.isRegularFile(SHARED_EVAL.resolve("score.py")), "no ../shared/eval/score.py here");
        assumeTrue(Files.isDirectory(setDir.resolve("articles")), "no evaluation set at " + set);
        Path store = work.resolve("store");
        Path tables = work.resolve("tables");
        List<String> ingest = new ArrayList<>(List.of("ingest", "--store", store.toString()));
        try (var files = Files.list(setDir.resolve("articles"))) {
            files.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(f -> ingest.add(f.toString()));
        }
        assertEquals(0, Main.run(ingest.toArray(String[]::new)), "ingest of " + set);
        assertEquals(0, Main.run("query", "--store", store.toString(), "--all", "--format", "csv", "--out", tables.toString()));
        String report = score(setDir, tables);
        Matcher m = F1.matcher(report);
        assertTrue(m.find(), "no F1 line in the scorer's report:\n" + report);
        double f1 = Double.parseDouble(m.group(1));
        System.out.println("evaluation " + set + "\n" + report);
        assertTrue(f1 >= floor, set + ": F1 " + f1 + " fell below " + floor + "\n" + report);
    }

    private static String score(Path setDir, Path tables) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("python3", SHARED_EVAL.resolve("score.py").toString(),
                    "--articles", setDir.resolve("articles").toString(), "--gold", setDir.resolve("gold").toString(),
                    "--pred", tables.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "python3 is not available: " + e.getMessage());
            throw e;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the scorer did not finish");
        assertEquals(0, p.exitValue(), "the scorer failed:\n" + out);
        return out;
    }
}

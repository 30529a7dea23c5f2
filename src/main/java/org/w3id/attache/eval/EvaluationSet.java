package org.w3id.attache.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * An evaluation set: {@code articles/NAME.txt} (front matter with the article's url) and
 * {@code gold/NAME.tsv} (its gold facts), and optionally {@code aliases-extra.tsv}.
 */
public final class EvaluationSet {

    /** One article of the set: its name, file, url and gold rows. */
    public record Entry(String name, Path article, String url, List<GoldRow> gold) {
    }

    private final Path dir;
    private final List<Entry> entries;

    private EvaluationSet(Path dir, List<Entry> entries) {
        this.dir = dir;
        this.entries = List.copyOf(entries);
    }

    /** Reads the set at {@code dir}; a gold line of an unknown type fails with file and line. */
    public static EvaluationSet read(Path dir) throws IOException {
        Path gold = dir.resolve("gold");
        if (!Files.isDirectory(gold) || !Files.isDirectory(dir.resolve("articles"))) {
            throw new IOException(dir + ": not an evaluation set (needs articles/ and gold/)");
        }
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(gold)) {
            for (Path g : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
                String name = g.getFileName().toString().replaceFirst("\\.tsv$", "");
                Path article = dir.resolve("articles").resolve(name + ".txt");
                entries.add(new Entry(name, article, urlOf(article), goldRows(g)));
            }
        }
        return new EvaluationSet(dir, entries);
    }

    public Path dir() {
        return dir;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The articles' files, in name order. */
    public List<Path> articleFiles() {
        return entries.stream().map(Entry::article).toList();
    }

    /** The set's own name variants, if it has any. */
    public Path extraAliases() {
        return dir.resolve("aliases-extra.tsv");
    }

    /** A subset of the entries, as a set of its own. */
    public EvaluationSet only(List<Entry> chosen) {
        return new EvaluationSet(dir, chosen);
    }

    /** The {@code url:} of an article's front matter, or empty. */
    static String urlOf(Path article) throws IOException {
        if (!Files.isRegularFile(article)) {
            return "";
        }
        List<String> lines = Files.readAllLines(article, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return "";
        }
        for (String line : lines.subList(1, lines.size())) {
            if (line.strip().equals("---")) {
                break;
            }
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().equals("url")) {
                return line.substring(colon + 1).strip();
            }
        }
        return "";
    }

    static List<GoldRow> goldRows(Path file) throws IOException {
        List<GoldRow> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            boolean optional = line.startsWith("?");
            String[] cols = line.replaceFirst("^\\?+", "").split("\t", -1);
            String type = cols[0].strip();
            int lineNo = i + 1;
            RecordKind kind = RecordKind.of(type)
                    .orElseThrow(() -> new IOException(file + ":" + lineNo + ": unknown record type '" + type + "'"));
            List<String> values = new ArrayList<>(Arrays.stream(cols).skip(1).map(String::strip).toList());
            while (values.size() < kind.width()) {
                values.add("");
            }
            rows.add(new GoldRow(kind, List.copyOf(values.subList(0, kind.width())), optional, lineNo));
        }
        return rows;
    }
}

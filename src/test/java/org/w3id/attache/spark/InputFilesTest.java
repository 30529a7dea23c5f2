package org.w3id.attache.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.attache.intake.InputException;

/** The job's listing of its inputs (ingest's rules, through Hadoop) and the places it reports. */
class InputFilesTest {
    @TempDir
    Path dir;

    @Test
    void listsWhatIngestReadsAndReportsWhatHadoopCannotName() throws IOException {
        Files.createDirectories(dir.resolve("in/sub"));
        for (String name : List.of("in/b.txt", "in/a.jsonl", "in/sub/c.json", "in/README.md", "in/.hidden.txt", "in/notes.csv", "in/_draft.txt", "in/x,y.txt", "other.csv")) {
            Files.writeString(dir.resolve(name), "x");
        }
        InputFiles listed = InputFiles.list(List.of(dir.resolve("in").toString(), dir.resolve("other.csv").toString(), dir.resolve("nowhere").toString()), new Configuration());
        String d = dir.getFileName().toString();
        List<String> names = listed.files().stream().map(f -> f.substring(f.lastIndexOf(d))).toList();
        assertEquals(List.of(d + "/in/a.jsonl", d + "/in/b.txt", d + "/in/sub/c.json", d + "/other.csv"), names,
                "a directory gives its article files in name order; a file named is read whatever its extension");
        assertEquals(List.of("_draft.txt", "x,y.txt", "nowhere"), listed.missing().stream().map(b -> Path.of(b.file()).getFileName().toString()).toList());
        assertEquals("no such file or directory", listed.missing().get(2).reason());
    }

    @Test
    void aReadErrorKeepsItsLineApartFromTheFile() {
        String file = "file:/data/a.jsonl";
        BadInput line = BadInput.refused(file, new InputException(file + ":3", "invalid JSON: cut off"));
        assertEquals(List.of(file, "3", "read", "invalid JSON: cut off"), List.of(line.file(), line.line(), line.stage(), line.reason()));
        BadInput element = BadInput.refused(file, new InputException(file + "[2]", "expected a JSON object"));
        assertEquals("[2]", element.line());
        BadInput whole = BadInput.refused(file, new InputException(file, "empty file: no JSON records"));
        assertEquals("", whole.line());
        assertEquals(file + "\t\tread\tempty file: no JSON records", whole.tsv());
    }

    @Test
    void ofTwoArticlesWithOneUrlTheLaterInputIsKept() {
        ExtractedArticle first = new ExtractedArticle("https://example.org/a", 0, 5, "a.jsonl:6", 1, "");
        ExtractedArticle laterInFile = new ExtractedArticle("https://example.org/a", 0, 7, "a.jsonl:8", 1, "");
        ExtractedArticle laterFile = new ExtractedArticle("https://example.org/a", 1, 0, "b.txt", 1, "");
        assertEquals(laterInFile, ExtractedArticle.later(first, laterInFile));
        assertEquals(laterInFile, ExtractedArticle.later(laterInFile, first));
        assertEquals(laterFile, ExtractedArticle.later(laterInFile, laterFile));
        assertEquals(laterFile, ExtractedArticle.later(laterFile, first));
    }
}

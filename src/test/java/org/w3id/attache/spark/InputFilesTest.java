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
    void listsWhatIngestReadsInIngestsOrder() throws IOException {
        Files.createDirectories(dir.resolve("in/sub"));
        for (String name : List.of("in/b.txt", "in/a.jsonl", "in/sub/c.json", "in/README.md", "in/.hidden.txt", "in/notes.csv", "in/_draft.txt", "in/x,y.txt", "other.csv")) {
            Files.writeString(dir.resolve(name), name);
        }
        InputFiles listed = InputFiles.list(List.of(dir.resolve("in").toString(), dir.resolve("other.csv").toString(), dir.resolve("nowhere").toString()), new Configuration());
        String d = dir.getFileName().toString();
        List<String> names = listed.files().stream().map(f -> f.path().substring(f.path().lastIndexOf(d))).toList();
        assertEquals(List.of(d + "/in/_draft.txt", d + "/in/a.jsonl", d + "/in/b.txt", d + "/in/sub/c.json", d + "/in/x,y.txt", d + "/other.csv"), names,
                "a directory gives its article files in name order, no README or hidden file; a file named is read whatever its extension");
        assertEquals(List.of(0L, 1L, 2L, 3L, 4L, 5L), listed.files().stream().map(InputFiles.File::index).toList());
        assertEquals("in/sub/c.json".length(), listed.files().get(3).size());
        assertEquals(1, listed.missing().size());
        assertEquals(List.of(dir.resolve("nowhere").toString(), "", "read", "no such file or directory"),
                List.of(listed.missing().get(0).file(), listed.missing().get(0).line(), listed.missing().get(0).stage(), listed.missing().get(0).reason()));
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

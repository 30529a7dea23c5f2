package org.w3id.attache.intake;

import java.util.List;
import java.util.Locale;

/**
 * Which files in a folder of articles are articles: those with an extension attache reads
 * ({@code .txt .md .json .jsonl .ndjson}), but not the folder's README or a hidden file, which
 * describe the articles beside them. A file named on its own is read whatever its name.
 */
public final class ArticleFiles {
    private static final List<String> EXTENSIONS = List.of(".txt", ".md", ".json", ".jsonl", ".ndjson");

    private ArticleFiles() {
    }

    /** Whether a file of this name, found in a folder, is read as articles. */
    public static boolean inFolder(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith) && !name.startsWith("readme.") && !name.startsWith(".");
    }
}

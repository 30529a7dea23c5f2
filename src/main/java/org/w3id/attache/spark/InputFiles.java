package org.w3id.attache.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The files the job reads, listed on the driver as {@code attache ingest} lists local ones: a
 * file named is read whatever its name; a directory gives, at any depth and in name order, its
 * {@code .txt .md .json .jsonl .ndjson} files except READMEs and hidden files. Inputs are Hadoop
 * URIs or paths, and may be globs ({@code s3a://bucket/2025-0*}). Hadoop's input formats skip
 * names starting with {@code _} or {@code .} and read a list of paths as globs separated by
 * commas: such files are reported as bad inputs (hidden files in a directory are passed over, as
 * ingest passes them over).
 *
 * @param files the files, fully qualified, in the order ingest would read them
 * @param missing inputs that name nothing, and files Hadoop cannot read by name
 */
record InputFiles(List<String> files, List<BadInput> missing) {
    private static final List<String> EXTENSIONS = List.of(".txt", ".md", ".json", ".jsonl", ".ndjson");

    static InputFiles list(List<String> inputs, Configuration conf) throws IOException {
        List<String> files = new ArrayList<>();
        List<BadInput> missing = new ArrayList<>();
        for (String input : inputs) {
            Path path = new Path(input);
            FileSystem fs = path.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(path);
            if (matches == null || matches.length == 0) {
                missing.add(new BadInput(input, "", BadInput.READ, "no such file or directory"));
                continue;
            }
            for (FileStatus match : matches) {
                if (match.isDirectory()) {
                    files.addAll(articlesUnder(fs, match.getPath(), missing));
                } else if (unreadable(match.getPath().getName())) {
                    missing.add(refusedName(match.getPath()));
                } else {
                    files.add(match.getPath().toString());
                }
            }
        }
        return new InputFiles(List.copyOf(files), List.copyOf(missing));
    }

    private static BadInput refusedName(Path file) {
        return new BadInput(file.toString(), "", BadInput.READ, "Hadoop cannot read a file whose name starts with _ or . or holds , { } [ ] * ? or \\; rename it");
    }

    private static boolean unreadable(String name) {
        return name.startsWith("_") || name.startsWith(".") || name.chars().anyMatch(c -> ",{}[]*?\\".indexOf(c) >= 0);
    }

    private static List<String> articlesUnder(FileSystem fs, Path dir, List<BadInput> unread) throws IOException {
        List<Path> found = new ArrayList<>();
        List<Path> unnameable = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
        while (it.hasNext()) {
            LocatedFileStatus f = it.next();
            String name = f.getPath().getName().toLowerCase(Locale.ROOT);
            if (!f.isFile() || EXTENSIONS.stream().noneMatch(name::endsWith) || name.startsWith("readme.") || name.startsWith(".")) {
                continue;
            }
            if (unreadable(name)) {
                unnameable.add(f.getPath());
            } else {
                found.add(f.getPath());
            }
        }
        found.sort(Comparator.comparing(p -> p.toUri().getPath()));
        unnameable.sort(Comparator.comparing(p -> p.toUri().getPath()));
        unnameable.forEach(p -> unread.add(refusedName(p)));
        return found.stream().map(Path::toString).toList();
    }
}

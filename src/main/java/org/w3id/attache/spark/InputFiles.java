package org.w3id.attache.spark;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.w3id.attache.intake.ArticleFiles;

/**
 * The files the job reads, listed on the driver as {@code attache ingest} lists local ones: a
 * file named is read whatever its name; a directory gives, at any depth and in name order, its
 * {@code .txt .md .json .jsonl .ndjson} files except READMEs and hidden files. Inputs are Hadoop
 * URIs or paths, and may be globs ({@code s3a://bucket/2025-0*}).
 *
 * @param files the files, in the order ingest would read them
 * @param missing inputs that name nothing
 */
record InputFiles(List<File> files, List<BadInput> missing) {

    /**
     * One file to read.
     *
     * @param path its fully qualified Hadoop path
     * @param index its place among all the files, in ingest's order
     * @param size its length in bytes
     */
    record File(String path, long index, long size) implements Serializable {
    }

    static InputFiles list(List<String> inputs, Configuration conf) throws IOException {
        List<FileStatus> files = new ArrayList<>();
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
                    files.addAll(articlesUnder(fs, match.getPath()));
                } else {
                    files.add(match);
                }
            }
        }
        List<File> numbered = new ArrayList<>();
        for (FileStatus f : files) {
            numbered.add(new File(f.getPath().toString(), numbered.size(), f.getLen()));
        }
        return new InputFiles(List.copyOf(numbered), List.copyOf(missing));
    }

    private static List<FileStatus> articlesUnder(FileSystem fs, Path dir) throws IOException {
        List<FileStatus> found = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
        while (it.hasNext()) {
            LocatedFileStatus f = it.next();
            if (f.isFile() && ArticleFiles.inFolder(f.getPath().getName())) {
                found.add(f);
            }
        }
        found.sort(Comparator.comparing(f -> f.getPath().toUri().getPath()));
        return found;
    }
}

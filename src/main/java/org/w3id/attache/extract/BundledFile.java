package org.w3id.attache.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** The lines of a data file shipped on the class path (rules, lexicons, the scorer), read as UTF-8. */
public final class BundledFile {

    private BundledFile() {
    }

    /** The file's lines; a file missing from the jar is a broken build, said with what it is ({@code what}) and its path. */
    public static List<String> lines(String resource, String what) {
        return ifPresent(resource).orElseThrow(() -> new IllegalStateException(what + " missing from the class path: " + resource.substring(1)));
    }

    /** The file's lines, or empty if the jar has no such file. */
    static Optional<List<String>> ifPresent(String resource) {
        InputStream in = BundledFile.class.getResourceAsStream(resource);
        if (in == null) {
            return Optional.empty();
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return Optional.of(r.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

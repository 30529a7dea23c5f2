package org.w3id.attache.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A password file for HTTP basic authentication, in Jetty's realm format: one
 * {@code user: password} per line ({@code password} plain, or {@code MD5:…} / {@code CRYPT:…}),
 * {@code #} comments and blank lines ignored. Reading checks every line, so that a typing slip
 * is reported with its line instead of becoming a user who can never log in.
 */
final class PasswordFile {
    private final Path path;
    private final List<String> users;

    private PasswordFile(Path path, List<String> users) {
        this.path = path;
        this.users = List.copyOf(users);
    }

    /**
     * Reads and checks {@code path}.
     *
     * @throws IllegalArgumentException naming the file (and line) if it is missing, unreadable,
     *         malformed or names no user
     */
    static PasswordFile read(Path path) {
        if (path == null) {
            throw new IllegalArgumentException("SPARQL server: update needs a password file");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException(path + ": cannot read the password file (" + e.getClass().getSimpleName() + ")", e);
        }
        List<String> users = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            String user = colon < 0 ? "" : line.substring(0, colon).strip();
            String password = colon < 0 ? "" : line.substring(colon + 1).split(",")[0].strip();
            if (user.isEmpty() || password.isEmpty()) {
                throw new IllegalArgumentException(path + ":" + (i + 1) + ": expected 'user: password'");
            }
            users.add(user);
        }
        if (users.isEmpty()) {
            throw new IllegalArgumentException(path + ": the password file names no user");
        }
        return new PasswordFile(path, users);
    }

    Path path() {
        return path;
    }

    List<String> users() {
        return users;
    }
}

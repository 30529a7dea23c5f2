package org.w3id.attache.serve;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * A password file for HTTP basic authentication, read exactly as Jetty's {@code PropertyUserStore}
 * reads it: a Java properties file ({@code user: password} or {@code user=password}, {@code #} and
 * {@code !} comments, backslash escapes and continuation lines), each value cut at its first comma
 * (what follows are roles: {@code alice: pa,ss} is the password "pa"), {@code password} plain or
 * {@code MD5:…} / {@code CRYPT:…}. Reading checks what Jetty would accept silently: a user without
 * a password, {@code MD5:} or {@code CRYPT:} with nothing valid after it; errors name the line and
 * never echo a password. A file that every user of the machine may read gets a warning.
 */
final class PasswordFile {
    private static final String MD5 = "MD5:";
    private static final String CRYPT = "CRYPT:";

    private final Path path;
    private final List<String> users;
    private final List<String> warnings;

    private PasswordFile(Path path, List<String> users, List<String> warnings) {
        this.path = path;
        this.users = List.copyOf(users);
        this.warnings = List.copyOf(warnings);
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
        Properties entries = new Properties();
        List<String> lines;
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.ISO_8859_1)) {
            entries.load(in); // as PropertyUserStore: Properties.load of the file's bytes
            lines = Files.readAllLines(path, StandardCharsets.ISO_8859_1);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException(path + ": cannot read the password file (" + e.getClass().getSimpleName() + ")", e);
        }
        Set<String> users = new TreeSet<>();
        for (String key : entries.stringPropertyNames()) {
            String user = key.trim();
            String credential = entries.getProperty(key).trim();
            int comma = credential.indexOf(',');
            if (comma >= 0) {
                credential = credential.substring(0, comma).trim();
            }
            String problem = user.isEmpty() ? "no user name" : problem(credential);
            if (problem != null) {
                throw new IllegalArgumentException(path + lineOf(lines, key) + ": " + problem + " (expected 'user: password')");
            }
            users.add(user);
        }
        if (users.isEmpty()) {
            throw new IllegalArgumentException(path + ": the password file names no user");
        }
        return new PasswordFile(path, new ArrayList<>(users), worldReadable(path)
                ? List.of(path + ": the password file can be read by every user of this machine; chmod 600 it")
                : List.of());
    }

    /** What is wrong with a credential as Jetty would take it, or null. */
    private static String problem(String credential) {
        if (credential.isEmpty()) {
            return "no password";
        }
        String upper = credential.toUpperCase(Locale.ROOT);
        if (upper.startsWith(MD5) && !credential.substring(MD5.length()).matches("[0-9a-fA-F]{32}")) {
            return "MD5: must be followed by 32 hexadecimal digits";
        }
        if (upper.startsWith(CRYPT) && credential.substring(CRYPT.length()).isBlank()) {
            return "CRYPT: must be followed by the crypted password";
        }
        return null;
    }

    /** ":N" for the first line that starts with {@code key}, or "" when it cannot be told. */
    private static String lineOf(List<String> lines, String key) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).stripLeading();
            if (!line.startsWith("#") && !line.startsWith("!") && !key.isEmpty() && line.startsWith(key)) {
                return ":" + (i + 1);
            }
        }
        return "";
    }

    private static boolean worldReadable(Path path) {
        try {
            return Files.getPosixFilePermissions(path).contains(PosixFilePermission.OTHERS_READ);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    Path path() {
        return path;
    }

    List<String> users() {
        return users;
    }

    /** What the reader should be told, the file being usable all the same. */
    List<String> warnings() {
        return warnings;
    }
}

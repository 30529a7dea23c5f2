package org.w3id.attache.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code attache serve} refuses unsafe or impossible settings with exit code 2 and a message
 * naming the setting, before it serves anything. (The settings that are accepted are tested on a
 * running server in {@code EndpointHardeningIT}.)
 */
class ServeOptionsTest {
    @TempDir
    Path dir;

    CliTest.Run serve(String... options) {
        String[] args = new String[options.length + 3];
        args[0] = "serve";
        args[1] = "--store";
        args[2] = dir.resolve("store").toString();
        System.arraycopy(options, 0, args, 3, options.length);
        return CliTest.attache(args);
    }

    void assertBadUsage(CliTest.Run r, String named) {
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains(named), "stderr names " + named + ": " + r.err());
    }

    @Test
    void updateWithoutAPasswordFileIsRefused() {
        assertBadUsage(serve("--update", "--port", "0"), "--password-file");
    }

    @Test
    void passwordFileWithoutUpdateIsRefused() throws IOException {
        Path passwords = Files.writeString(dir.resolve("passwd"), "alice: s3cret\n");
        assertBadUsage(serve("--password-file", passwords.toString(), "--port", "0"), "--update");
    }

    @Test
    void unreadablePasswordFileIsNamed() {
        Path missing = dir.resolve("no-such-passwd");
        assertBadUsage(serve("--update", "--password-file", missing.toString(), "--port", "0"), missing.toString());
    }

    @Test
    void limitsMustBePositive() {
        assertBadUsage(serve("--timeout", "0", "--port", "0"), "timeout");
        assertBadUsage(serve("--max-rows", "0", "--port", "0"), "row limit");
        assertBadUsage(serve("--max-request-bytes", "-5", "--port", "0"), "request size");
        assertBadUsage(serve("--max-concurrent-queries", "0", "--port", "0"), "queries at once");
        assertBadUsage(serve("--max-queries-per-client", "9", "--port", "0"), "per client");
    }

    @Test
    void allowedServiceMustBeAnHttpUrl() {
        assertBadUsage(serve("--allow-service", "file:///etc/passwd", "--port", "0"), "file:///etc/passwd");
    }
}

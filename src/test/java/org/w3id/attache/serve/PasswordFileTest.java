package org.w3id.attache.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The password file is read as Jetty reads it, and what Jetty would take silently is refused. */
class PasswordFileTest {
    @TempDir
    Path dir;

    @Test
    void passwordFileIsParsedAsJettyParsesIt() throws Exception {
        // Java properties: '=' and whitespace separate too, '!' comments, continuation lines; a
        // comma ends the password (roles follow).
        Path file = Files.writeString(dir.resolve("passwd"), "! editors\nalice: pa,ss\nbob=s3cret\ncarol  hunter2\n"
                + "dave: long\\\n    er\n");
        assertEquals(List.of("alice", "bob", "carol", "dave"), PasswordFile.read(file).users());
    }

    @Test
    void md5WithNothingAfterIsRefused() throws Exception {
        for (String bad : List.of("alice: MD5:", "alice: MD5:abc", "alice: CRYPT:", "alice: ,admin")) {
            Path file = Files.writeString(dir.resolve("bad"), "# editors\n" + bad + "\n");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PasswordFile.read(file), bad);
            assertTrue(e.getMessage().startsWith(file + ":2: "), e.getMessage());
        }
        Path good = Files.writeString(dir.resolve("good"), "alice: MD5:5ebe2294ecd0e0f08eab7690d2a6ee69\n");
        assertEquals(List.of("alice"), PasswordFile.read(good).users());
    }

    @Test
    void worldReadablePasswordFileGetsAWarning() throws Exception {
        Path file = Files.writeString(dir.resolve("passwd"), "alice: s3cret\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        List<String> warnings = PasswordFile.read(file).warnings();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains(file.toString()) && warnings.get(0).contains("chmod 600"), warnings.get(0));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        assertFalse(PasswordFile.read(file).warnings().iterator().hasNext());
    }
}

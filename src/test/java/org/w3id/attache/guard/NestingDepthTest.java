package org.w3id.attache.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** {@link NestingDepth} counts the brackets of the syntax, never those in strings, IRIs or comments. */
class NestingDepthTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "blank nodes                  | 2 | `<s> <p> [ <p> [ <p> 1 ] ] .`",
        "a list in a graph            | 2 | `<g> { <s> <p> ( 1 2 ) . }`",
        "triple terms                 | 4 | `<s> <p> <<( <s> <p> <<( <s> <p> 1 )>> )>> .`",
        "brackets in strings          | 1 | `<s> <p> [ <p> \"[[(({{\" ; <q> '((' ] .`",
        "an escaped quote             | 1 | `<s> <p> [ <p> \"a \\\" [[[ b\" ] .`",
        "long strings                 | 1 | `<s> <p> [ <p> \"\"\"a \"\" [[ \\\"\"\" b\"\"\" ; <q> '''(( '' '''] .`",
        "an empty string then more    | 1 | `<s> <p> \"\" , [ <p> 1 ] .`",
        "IRIs and comments            | 1 | `<s> <p> [ <p> <http://e.org/a(b)[c]> ] . # [[[ (((`",
        "JSON                         | 3 | `{\"a\": [{\"b\": \"[[{{\\\\\"\"}], \"c\": {}}`",
    })
    void depthIsTheSyntaxsOwn(String what, int depth, String text) {
        assertEquals(depth, NestingDepth.of(text), text);
    }

    @Test
    void theStreamStopsAtTheFirstByteOverTheLimitAndSaysTheLine() throws IOException {
        byte[] text = ("<s> <p> <o> .\n<s> <p> " + "[ <p> ".repeat(200) + "1" + " ]".repeat(200) + " .\n").getBytes(StandardCharsets.UTF_8);
        try (InputStream in = new NestingLimitStream(new ByteArrayInputStream(text), 100)) {
            NestingLimitStream.TooDeep e = assertThrows(NestingLimitStream.TooDeep.class, in::readAllBytes);
            assertTrue(e.getMessage().startsWith("line 2: nested more than 100 levels"), e.getMessage());
        }
        try (InputStream in = new NestingLimitStream(new ByteArrayInputStream(text), 200)) {
            assertEquals(text.length, in.readAllBytes().length);
        }
    }
}

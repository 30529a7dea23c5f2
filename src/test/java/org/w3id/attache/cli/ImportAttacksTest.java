package org.w3id.attache.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.attache.cli.CliTest.attache;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.attache.imports.ExchangeFixtures;

/**
 * {@code import} (and {@code validate}) against files written to hurt: links that run script,
 * entity bombs, JSON-LD that fetches, nesting that overflows the stack, data that breaks the
 * shapes only together with what is stored, relative IRIs, reserved graph names. Each is refused
 * with exit code 2 and a message naming the file, and the store stays quad for quad as it was.
 */
class ImportAttacksTest {
    @TempDir
    Path dir;

    Path store;

    @BeforeEach
    void storeTwoArticles() {
        store = dir.resolve("store");
        CliTest.Run r = attache("import", "--store", store.toString(), ExchangeFixtures.TWO_ARTICLES.toString());
        assertEquals(0, r.code(), r::toString);
    }

    Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** Imports {@code file} and expects it refused: exit 2, the file and {@code says} in one message, the store as it was. */
    CliTest.Run assertImportRefused(Path file, String says) {
        Set<Quad> before = CliTest.quads(store);
        CliTest.Run r = attache("import", "--store", store.toString(), file.toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith("attache import: ") && l.contains(file.toString())
                && l.toLowerCase().contains(says.toLowerCase())), "names " + file + " and says '" + says + "': " + r.err());
        assertEquals(before, CliTest.quads(store), "the store is exactly as it was");
        return r;
    }

    // ------------------------------------------------------------------ links that run script (item 4)

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "schema:url javascript:     | url       | javascript:alert(document.domain)//",
        "schema:url blanked scheme  | url       | ' java\tscript:alert(1)'",
        "schema:url ftp:            | url       | ftp://news.example.org/a",
        "nif:sourceUrl data:        | sourceUrl | data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "nif:sourceUrl javascript:  | sourceUrl | JavaScript:alert(1)",
    })
    void scriptLinksAsArticleUrlsAreRefusedNamingTheFile(String attack, String field, String link) throws IOException {
        HostileRdf.Article a = HostileRdf.Article.plain("cccc000000000003");
        a = field.equals("url") ? a.url(link) : a.sourceUrl(link);
        Path file = write("script-link.trig", HostileRdf.trig(a));
        assertImportRefused(file, "http");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(document.domain)//", "vbscript:msgbox(1)", "data:text/html,x"})
    void irisWithScriptSchemesAreRefusedNamingTheFile(String iri) throws IOException {
        Path file = write("script-iri.trig", HostileRdf.PREFIXES + """
                <https://w3id.org/attache/graph/entities> {
                    <https://other.example/id/odesa> a att:City ; rdfs:label "Odesa" ; att:country <%s> .
                }
                """.formatted(iri));
        assertImportRefused(file, iri.substring(0, iri.indexOf(':')));
    }

    // ------------------------------------------------------------------ billion laughs (item 7)

    @ParameterizedTest(name = "{0} levels")
    @ValueSource(ints = {6, 9, 12})
    void billionLaughsInRdfXmlIsRefusedNamingTheFile(int levels) throws IOException {
        Path file = write("laughs-" + levels + ".rdf", HostileRdf.laughs(levels));
        long started = System.nanoTime();
        assertImportRefused(file, "entit");
        CliTest.Run validate = attache("validate", file.toString());
        assertEquals(2, validate.code(), validate::toString);
        assertTrue(validate.err().contains(file.toString()), validate::toString);
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        assertTrue(seconds < 20, "refused in " + seconds + " s");
    }

    // ------------------------------------------------------------------ JSON-LD that fetches (item 8)

    @Test
    void jsonLdContextsAndImportsAreNeverFetchedNorReadFromDisk() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "{\"@context\": {\"label\": \"http://www.w3.org/2000/01/rdf-schema#label\"}}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/ld+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String remote = "http://127.0.0.1:" + server.getAddress().getPort() + "/context.jsonld";
            Path local = write("local-context.jsonld", "{\"@context\": {\"label\": \"http://www.w3.org/2000/01/rdf-schema#label\"}}");
            String node = "\"@id\": \"https://other.example/id/x\", \"label\": \"X\"";
            Path[] files = {
                write("remote-context.jsonld", "{\"@context\": \"" + remote + "\", " + node + "}"),
                write("remote-import.jsonld", "{\"@context\": {\"@version\": 1.1, \"@import\": \"" + remote + "\"}, " + node + "}"),
                write("file-context.jsonld", "{\"@context\": \"" + local.toUri() + "\", " + node + "}"),
                write("nested-context.jsonld", "{\"@context\": [{\"x\": \"https://other.example/\"}, \"" + remote + "\"], " + node + "}"),
            };
            for (Path file : files) {
                assertImportRefused(file, "refused");
                CliTest.Run validate = attache("validate", file.toString());
                assertEquals(2, validate.code(), validate::toString);
                assertTrue(validate.err().contains(file.toString()), validate::toString);
            }
            assertEquals(0, requests.get(), "requests the server received");
        } finally {
            server.stop(0);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://w3id.org/attache/context.jsonld", "context.jsonld"})
    void jsonLdNamingTheBundledContextReadsOffline(String context) throws IOException {
        Path file = write("bundled-context.jsonld", """
                {"@context": "%s",
                 "@graph": [{"id": "https://other.example/id/kherson", "type": "City", "label": "Kherson"}]}
                """.formatted(context));
        CliTest.Run r = attache("import", "--store", store.toString(), file.toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(CliTest.quads(store).stream().anyMatch(q -> q.getSubject().isURI()
                && q.getSubject().getURI().equals("https://other.example/id/kherson") && q.getObject().isLiteral()
                && q.getObject().getLiteralLexicalForm().equals("Kherson")), "Kherson's label is stored");
    }

    // ------------------------------------------------------------------ deep nesting (item 10)

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "blank nodes.ttl   | <https://e.org/s> <https://e.org/p>  | `[ <https://e.org/p> ` | 1  | ` ]`   | ` .`",
        "lists.ttl         | <https://e.org/s> <https://e.org/p>  | `( `                   | 1  | ` )`   | ` .`",
        "triple terms.nt   | <https://e.org/s> <https://e.org/p>  | `<<( <https://e.org/s> <https://e.org/p> ` | 1 | ` )>>` | ` .`",
        "objects.jsonld    | `{\"@id\": \"https://e.org/s\", \"https://e.org/p\": ` | `{\"https://e.org/p\": ` | 1 | `}` | `}`",
        "arrays.jsonld     | `{\"@id\": \"https://e.org/s\", \"https://e.org/p\": ` | `[`     | 1  | `]`    | `}`",
    })
    void deepNestingIsRefusedNamingTheFile(String name, String open, String step, String innermost, String close, String end)
            throws IOException {
        Path file = write(name.replace(' ', '-'), HostileRdf.nested(open, step, innermost, close, end, 5_000));
        assertImportRefused(file, "nested");
        CliTest.Run validate = attache("validate", file.toString());
        assertEquals(2, validate.code(), validate::toString);
        assertTrue(validate.err().contains(file.toString()) && validate.err().contains("nested"), validate::toString);
    }

    @Test
    void nestingAsDeepAsRealDataReads() throws IOException {
        Path file = write("twenty-deep.ttl", "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + HostileRdf.nested("<https://e.org/s> rdfs:comment", " [ rdfs:comment ", "\"[[[ not nesting: a string ((\"",
                        " ]", " .\n", 20)
                + "<https://e.org/t> rdfs:comment \"\"\"a long \" string with ]]] and \\\"\"\"\" ; # a comment with (((\n"
                + "  rdfs:label <https://e.org/iri-with-(parens)> .\n");
        CliTest.Run r = attache("import", "--store", store.toString(), file.toString());
        assertEquals(0, r.code(), r::toString);
    }

    // ------------------------------------------------------------------ the store as it will be (item 9)

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a second headline | metadata | <https://w3id.org/attache/id/article/aaaa000000000001> schema:headline \"Another headline\" | path schema:headline",
        "a second url      | metadata | <https://w3id.org/attache/id/article/aaaa000000000001> schema:url \"https://evil.example/a\"^^xsd:anyURI | path schema:url",
        "a second label    | entities | <https://w3id.org/attache/id/person/vladimir-putin> rdfs:label \"Putin the Second\" | path rdfs:label",
        "a label elsewhere | other    | <https://w3id.org/attache/id/person/vladimir-putin> rdfs:label \"Putin the Third\" | path rdfs:label",
        "a second text     | other    | <https://w3id.org/attache/id/article/aaaa000000000001#context> nif:isString \"Other words.\" | nif:anchorOf differs from the context text",
    })
    void aSecondValueForAStoredNodeIsRefused(String attack, String graph, String triple, String says) throws IOException {
        String graphIri = graph.equals("other") ? "https://other.example/graph/" + graph : "https://w3id.org/attache/graph/" + graph;
        Path file = write("second-value.trig", HostileRdf.PREFIXES + "<" + graphIri + "> { " + triple + " . }\n");
        CliTest.Run r = assertImportRefused(file, "SHACL violation");
        assertTrue(r.err().contains(says), r::toString);
        assertEquals(0, attache("validate", "--store", store.toString()).code(), "the store still conforms");
    }

    // ------------------------------------------------------------------ the low ones

    @Test
    void relativeIrisDoNotResolveToTheImportersPath() throws IOException {
        Path file = write("relative.ttl", """
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX att:  <https://w3id.org/attache/ontology#>
                <#me> a att:City ; rdfs:label "Me" .
                <cities/other> a att:City ; rdfs:label "Other" .
                """);
        CliTest.Run r = attache("import", "--store", store.toString(), file.toString());
        assertEquals(0, r.code(), r::toString);
        String everything = CliTest.quads(store).toString();
        assertFalse(everything.contains("file:"), "a file: IRI was stored");
        assertFalse(everything.contains(dir.toString()), "the importer's path was stored");
    }

    @ParameterizedTest
    @ValueSource(strings = {"urn:x-arq:UnionGraph", "urn:x-arq:NamedGraph"})
    void importIntoAReservedGraphNameIsRefusedNamingTheFile(String graph) throws IOException {
        Path file = write("reserved.trig", "<" + graph + "> { <https://other.example/s> <http://www.w3.org/2000/01/rdf-schema#label> \"x\" . }\n");
        assertImportRefused(file, graph);
    }

    @Test
    void anOverlongHeadlineOrOutletIsRefusedNamingTheFile() throws IOException {
        HostileRdf.Article a = HostileRdf.Article.plain("cccc000000000003");
        assertImportRefused(write("long-headline.trig", HostileRdf.trig(a.headline("Lavrov ".repeat(200)))), "headline");
        assertImportRefused(write("long-outlet.trig", HostileRdf.trig(a.outlet("Wire ".repeat(80)))), "outlet");
        CliTest.Run fits = attache("import", "--store", store.toString(),
                write("fits.trig", HostileRdf.trig(a.headline("L".repeat(1000)).outlet("W".repeat(300)))).toString());
        assertEquals(0, fits.code(), fits::toString);
    }

    @Test
    void importedTerminalEscapesDoNotReachTheTerminalThroughExplain() throws IOException {
        String body = "Lavrov said \u001B[2J\u001B]0;pwned\u0007ties were \u001B[31mstrong\u001B[0m.\u009B";
        HostileRdf.Article a = HostileRdf.Article.plain("cccc000000000003").body(body);
        CliTest.Run imported = attache("import", "--store", store.toString(), write("escapes.trig", HostileRdf.trig(a)).toString());
        assertEquals(0, imported.code(), imported::toString);
        for (String format : new String[] {"text", "table", "csv", "tsv"}) {
            CliTest.Run r = attache("explain", "--store", store.toString(), "--format", format, a.url());
            assertEquals(0, r.code(), r::toString);
            assertTrue(r.out().contains("ties were"), r::toString);
            assertFalse(r.out().chars().anyMatch(c -> c == 0x1B || c == 0x07 || c == 0x9B), format + ": a control character reached the terminal");
        }
    }
}

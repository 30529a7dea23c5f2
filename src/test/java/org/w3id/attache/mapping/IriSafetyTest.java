package org.w3id.attache.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIx;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.w3id.attache.nlp.Entity;
import org.w3id.attache.nlp.EntityType;

/**
 * {@link Iris} on 10,000 random names drawn from all of Unicode, and on names made of the
 * characters IRIs and N-Quads treat specially: every IRI minted is an absolute IRI without a
 * single RFC 3987 violation, and every one comes back unchanged from N-Quads written by Jena and
 * parsed again strictly. The names themselves, as literals, come back unchanged too.
 */
class IriSafetyTest {
    private static final int NAMES = 10_000;
    private static final long SEED = 20261129L; // fixed, so that a failure can be replayed
    private static final Iris IRIS = Iris.standard();
    private static final String KEY = "0123456789abcdef";
    private static final Node LABEL = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");

    /** Names a parser or an IRI can trip on, written out by hand. */
    static final List<String> TRICKY = List.of(
            "", " ", "-", "'s", "\"", "\"Quoted\" \"Name\"", "O'Brien's \"Party\"", "<script>alert(1)</script>",
            "a > b < c", "{braces} [brackets] (parens)", "back\\slash\\\\", "new\nline\r\nand\ttab",
            "percent %41 %zz %", "hash # and ? query & amp", "space   runs", "^`|", "\u0000\u0001\u007f",
            "مجلس الشورى", "עִברִית", "မင်းအောင်လှိုင်", "Nay Pyi Taw / နေပြည်တော်", "\u202eevil\u202c", "e\u0301", "é",
            "ﬁ ligature", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "😀🇲🇲", "\ud800", "\udfff lone", "\ufeffbom", "\u200b\u200d", "ǅ", "İstanbul", "ß");

    @Test
    void trickyNamesGiveValidIrisThatSurviveNQuads() {
        check(TRICKY);
    }

    @Test
    void tenThousandRandomNamesGiveValidIrisThatSurviveNQuads() {
        Random random = new Random(SEED);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < NAMES; i++) {
            names.add(randomName(random));
        }
        check(names);
    }

    /** Up to 24 code points from anywhere in Unicode, often from the ranges that matter most. */
    static String randomName(Random random) {
        int length = random.nextInt(25);
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(6)) {
                case 0 -> name.append((char) random.nextInt(0x80)); // ASCII, controls included
                case 1 -> name.append(" \"'<>\\{}[]|^`%#?&\n\r\t".charAt(random.nextInt(20)));
                case 2 -> name.appendCodePoint(0x80 + random.nextInt(0x800 - 0x80)); // Latin, Greek, Cyrillic, Hebrew, Arabic
                case 3 -> name.appendCodePoint(0x1000 + random.nextInt(0xA0)); // Burmese
                case 4 -> name.append((char) random.nextInt(0x10000)); // the BMP, lone surrogates included
                default -> name.appendCodePoint(random.nextInt(0x110000)); // any code point
            }
        }
        return name.toString();
    }

    private static void check(List<String> names) {
        DatasetGraph written = DatasetGraphFactory.createGeneral();
        Node graph = NodeFactory.createURI(Iris.articleGraph(KEY));
        Set<String> minted = new HashSet<>();
        for (String name : names) {
            List<String> iris = List.of(
                    IRIS.entity(Entity.unlisted(EntityType.PERSON, name)),
                    IRIS.entity(Entity.unlisted(EntityType.STATE, name)),
                    IRIS.event(KEY, name),
                    IRIS.post(Iris.slug(name), name),
                    IRIS.fact(KEY, name));
            for (String iri : iris) {
                assertValid(iri, name);
                minted.add(iri);
                Node subject = NodeFactory.createURI(iri);
                written.add(graph, subject, LABEL, NodeFactory.createLiteralString(iri));
                if (isWellFormed(name)) {
                    written.add(graph, subject, LABEL, NodeFactory.createLiteralString(name));
                }
            }
        }
        ByteArrayOutputStream nquads = new ByteArrayOutputStream();
        RDFDataMgr.write(nquads, written, Lang.NQUADS);
        DatasetGraph read = DatasetGraphFactory.createGeneral();
        List<String> parseErrors = new ArrayList<>();
        RDFParser.source(new ByteArrayInputStream(nquads.toByteArray())).lang(Lang.NQUADS).strict(true).checking(true)
                .errorHandler(new CollectingErrorHandler(parseErrors)).parse(read);
        assertEquals(List.of(), parseErrors, "N-Quads parse errors");

        Set<Quad> before = new HashSet<>();
        written.find().forEachRemaining(before::add);
        Set<Quad> after = new HashSet<>();
        read.find().forEachRemaining(after::add);
        assertEquals(before.size(), after.size(), "quads before and after N-Quads");
        assertEquals(before, after, "the same quads after N-Quads");
        Set<String> subjects = new HashSet<>();
        read.find().forEachRemaining(q -> subjects.add(q.getSubject().getURI()));
        assertEquals(minted, subjects, "every minted IRI read back as itself");
    }

    private static void assertValid(String iri, String name) {
        assertTrue(iri.startsWith(Iris.DEFAULT_BASE), iri);
        IRIx parsed = IRIx.create(iri);
        assertTrue(parsed.isAbsolute(), () -> "not absolute: " + iri + " for " + describe(name));
        List<String> violations = new ArrayList<>();
        parsed.handleViolations((error, message) -> violations.add(message));
        assertEquals(List.of(), violations, () -> iri + " for " + describe(name));
        for (char c : iri.toCharArray()) {
            assertTrue(c > 0x20 && c < 0x7f && "<>\"{}|\\^`".indexOf(c) < 0, () -> "character " + (int) c + " in " + iri);
        }
    }

    /**
     * Keeps the parser's errors for the test to report, and drops its warnings: names may hold
     * Unicode non-characters such as U+FFFF, which N-Quads carries but Jena warns about.
     */
    private record CollectingErrorHandler(List<String> errors) implements ErrorHandler {
        @Override
        public void warning(String message, long line, long col) {
        }

        @Override
        public void error(String message, long line, long col) {
            errors.add(line + ":" + col + " " + message);
        }

        @Override
        public void fatal(String message, long line, long col) {
            errors.add(line + ":" + col + " " + message);
        }
    }

    /** No lone surrogate: a string UTF-8 can carry (article text is decoded strictly, so it has none). */
    private static boolean isWellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static String describe(String name) {
        StringBuilder out = new StringBuilder("name [");
        name.codePoints().forEach(cp -> out.append(String.format(" U+%04X", cp)));
        return out.append(" ]").toString();
    }
}

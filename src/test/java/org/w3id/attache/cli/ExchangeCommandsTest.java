package org.w3id.attache.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.attache.cli.CliTest.attache;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.attache.describe.DatasetDescription;
import org.w3id.attache.imports.ExchangeFixtures;

/** {@code export}, {@code describe}, {@code import} and {@code validate} from the command line: exit codes and messages. */
class ExchangeCommandsTest {
    @TempDir
    Path dir;

    String store;

    @BeforeEach
    void importTheFixture() {
        store = dir.resolve("store").toString();
        CliTest.Run r = attache("import", "--store", store, ExchangeFixtures.TWO_ARTICLES.toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.err().contains("imported 1 file(s)"), r::toString);
    }

    @Test
    void theImportedStoreValidates() {
        CliTest.Run r = attache("validate", "--store", store);
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("conforms (0 violation(s)"), r::toString);
    }

    @Test
    void aFileWithViolationsExitsOneAndNamesNodesAndShapes() {
        CliTest.Run r = attache("validate", ExchangeFixtures.VIOLATES_SHAPES.toString());
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.out().contains("<https://other.example/fact/c/1>  path att:visitor  shape atts:VisitShape"), r::toString);
        assertTrue(r.out().contains("does not conform (2 violation(s)"), r::toString);
    }

    @Test
    void badImportsExitTwoAndLeaveTheStoreAsItWas() {
        String before = attache("stats", "--store", store).out();
        CliTest.Run broken = attache("import", "--store", store, ExchangeFixtures.HALF_BROKEN.toString());
        assertEquals(2, broken.code(), broken::toString);
        assertTrue(broken.err().contains("half-broken.trig:13:"), broken::toString);
        CliTest.Run invalid = attache("import", "--store", store, ExchangeFixtures.VIOLATES_SHAPES.toString());
        assertEquals(2, invalid.code(), invalid::toString);
        assertTrue(invalid.err().contains("nothing written: " + ExchangeFixtures.VIOLATES_SHAPES + ": 2 SHACL violation(s)"), invalid::toString);
        assertTrue(invalid.err().contains("atts:EntityShape"), invalid::toString);
        assertEquals(before, attache("stats", "--store", store).out());
    }

    @Test
    void aValidateOfABrokenFileIsBadInput() {
        CliTest.Run r = attache("validate", ExchangeFixtures.HALF_BROKEN.toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("half-broken.trig:13:"), r::toString);
    }

    @Test
    void gzippedNQuadsWithTheOntologyBesideThem() throws IOException {
        Path out = dir.resolve("dump").resolve("attache.nq.gz");
        CliTest.Run r = attache("export", "--store", store, "--format", "nquads", "--out", out.toString());
        assertEquals(0, r.code(), r::toString);
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(out))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(dsg);
        }
        assertEquals(ExchangeFixtures.size(org.w3id.attache.imports.RdfFileReader.read(ExchangeFixtures.TWO_ARTICLES)),
                ExchangeFixtures.size(dsg) - ExchangeFixtures.eventsSize(dsg) - importRecordQuads());
        for (String name : new String[] {"attache.ttl", "shapes.ttl", "context.jsonld"}) {
            assertTrue(Files.size(out.resolveSibling(name)) > 0, name);
        }
        assertTrue(Files.notExists(out.resolveSibling("attache.nq.gz.partial")));
    }

    /** The record {@link #importTheFixture} added: 2 types, name, hash, time, 4 graphs generated. */
    static long importRecordQuads() {
        return 9;
    }

    @Test
    void unknownFormatOrArticleIsBadInput() {
        CliTest.Run format = attache("export", "--store", store, "--format", "rdfxml");
        assertEquals(2, format.code(), format::toString);
        assertTrue(format.err().contains("trig, nquads, turtle, jsonld, plover"), format::toString);
        CliTest.Run article = attache("export", "--store", store, "--article", "https://nowhere.example/x");
        assertEquals(2, article.code(), article::toString);
    }

    @Test
    void describeParsesAndCountsTheQuadsStatsCounts() {
        CliTest.Run r = attache("describe", "--store", store);
        assertEquals(0, r.code(), r::toString);
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new StringReader(r.out()), null, Lang.TURTLE);
        long triples = m.listObjectsOfProperty(m.createResource("https://w3id.org/attache/id/dataset"),
                m.createProperty(DatasetDescription.VOID + "triples")).next().asLiteral().getLong();
        String quadsLine = attache("stats", "--store", store).out().lines().filter(l -> l.startsWith("quads")).findFirst().orElseThrow();
        assertEquals(Long.parseLong(quadsLine.replaceAll("\\D+", "")), triples);
    }
}

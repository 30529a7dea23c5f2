package org.w3id.attache.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.attache.imports.ExchangeFixtures.size;
import static org.w3id.attache.imports.ExchangeFixtures.snapshot;
import static org.w3id.attache.imports.ExchangeFixtures.withoutImportRecords;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3id.attache.describe.DatasetDescription;
import org.w3id.attache.export.ExportFormat;
import org.w3id.attache.export.StoreExport;
import org.w3id.attache.intake.ArticleReader;
import org.w3id.attache.intake.MetadataOverrides;
import org.w3id.attache.pipeline.ArticleProcessor;
import org.w3id.attache.store.Store;
import org.w3id.attache.validate.ShapesValidator;

/**
 * Exchange on what the real pipeline writes: the bundled samples are ingested once, then
 * exported and imported into empty stores, described, and exported as PLOVER.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExchangeIT {
    private Store ingested;

    @TempDir
    Path dir;

    @BeforeAll
    void ingestSamples() throws IOException {
        ArticleProcessor processor = ArticleProcessor.standard();
        ingested = Store.inMemory();
        List<Path> samples;
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            samples = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path file : samples) {
            new ArticleReader(MetadataOverrides.NONE).read(file).articles().forEach(a -> ingested.put(processor.process(a)));
        }
        assertEquals(samples.size(), ingested.stats().get("articles").intValue());
    }

    @AfterAll
    void close() {
        ingested.close();
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"TRIG", "NQUADS", "JSONLD"})
    void roundTripIsIsomorphic(ExportFormat format) throws IOException {
        Path file = dir.resolve("samples." + format.extension());
        try (OutputStream out = Files.newOutputStream(file)) {
            StoreExport.write(ingested, format, null, out);
        }
        try (Store copy = Store.inMemory()) {
            ImportOutcome outcome = new Importer(copy, ShapesValidator.standard(), Clock.systemUTC()).run(List.of(file));
            assertTrue(outcome.written(), () -> outcome.refusal() + " " + outcome.violations());
            DatasetGraph before = snapshot(ingested);
            DatasetGraph after = withoutImportRecords(copy);
            assertEquals(size(before), size(after), format + ": quads");
            assertTrue(IsoMatcher.isomorphic(before, after), format + ": not isomorphic");
        }
    }

    @Test
    void describeAgreesWithStats() {
        Map<String, Long> stats = ingested.stats();
        Model m = ingested.read(ds -> DatasetDescription.create().describe(ds.asDatasetGraph()));
        String dataset = "https://w3id.org/attache/id/dataset";
        assertEquals(stats.get("quads"), value(m, dataset, "triples"));
        assertEquals(stats.get("articles"), value(m, dataset, "documents"));
        assertEquals(stats.get("entity labels"), value(m, dataset, "entities"));
        for (var cls : List.of("Visit", "Meeting", "PostHolding", "Cooperation", "Agreement", "ArmsTransfer", "Statement", "Attendance", "Delegation")) {
            assertEquals(stats.get(cls), value(m, dataset + "#class-" + cls, "entities"), cls);
        }
    }

    private static long value(Model m, String subject, String voidProperty) {
        return m.getRequiredProperty(m.createResource(subject), m.createProperty(DatasetDescription.VOID + voidProperty)).getLong();
    }

    @Test
    void everyPloverLineParsesWithTheDocumentedFields() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StoreExport.write(ingested, ExportFormat.PLOVER, null, out);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        long coded = Stream.of("Visit", "Meeting", "Cooperation", "Agreement", "ArmsTransfer", "Statement")
                .mapToLong(c -> ingested.stats().get(c)).sum();
        assertTrue(lines.size() > 0 && lines.size() <= coded, lines.size() + " lines for " + coded + " coded facts");
        List<String> documented = new ArrayList<>(List.of("id", "attache_class", "event", "mode", "context", "cameo", "actor",
                "recipient", "location", "item", "date", "date_precision", "date_earliest", "date_latest", "event_text",
                "event_text_begin", "event_text_end", "certainty", "hedged", "tense", "cite_info"));
        for (String line : lines) {
            JsonObject r = JSON.parse(line);
            assertEquals(documented, new ArrayList<>(r.keys()), line);
            assertTrue(r.get("actor").getAsArray().size() >= 1, line);
            String text = r.get("event_text").getAsString().value();
            assertEquals(text.codePointCount(0, text.length()),
                    r.get("event_text_end").getAsNumber().value().intValue() - r.get("event_text_begin").getAsNumber().value().intValue(), line);
        }
    }
}

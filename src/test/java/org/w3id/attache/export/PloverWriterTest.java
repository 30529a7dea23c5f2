package org.w3id.attache.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.attache.imports.ExchangeFixtures;
import org.w3id.attache.mapping.Vocab;
import org.w3id.attache.store.Store;

/**
 * PLOVER lines for the two hand-written articles of {@code two-articles.trig}. The expected
 * values were worked out from the file and {@code docs/plover.md} by hand: five records (the
 * negated visit is left out), in article and text order.
 */
class PloverWriterTest {
    static List<JsonObject> records;

    @BeforeAll
    static void export() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Store store = ExchangeFixtures.storeWithTwoArticles()) {
            StoreExport.write(store, ExportFormat.PLOVER, null, out);
        }
        records = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            JsonValue v = JSON.parseAny(line);
            assertTrue(v.isObject(), line);
            records.add(v.getAsObject());
        }
    }

    static String str(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v.isNull() ? null : v.getAsString().value();
    }

    static List<String> names(JsonObject o, String key) {
        List<String> out = new ArrayList<>();
        o.get(key).getAsArray().forEach(e -> out.add(e.getAsObject().get("entity_text").getAsString().value()));
        return out;
    }

    @Test
    void oneRecordPerAssertedCodedFactInArticleAndTextOrder() {
        assertEquals(List.of("meeting", "arms", "visit", "pact", "said"),
                records.stream().map(r -> str(r, "id").replaceAll(".*/", "")).toList());
    }

    @Test
    void everyLineHasExactlyTheDocumentedFieldsInOrder() {
        for (JsonObject r : records) {
            assertEquals(PloverWriter.FIELDS, new ArrayList<>(r.keys()));
            assertEquals(PloverWriter.CITE_FIELDS, new ArrayList<>(r.get("cite_info").getAsObject().keys()));
            for (String role : List.of("actor", "recipient")) {
                r.get(role).getAsArray().forEach(e -> assertEquals(PloverWriter.ENTITY_FIELDS, new ArrayList<>(e.getAsObject().keys())));
            }
        }
    }

    @Test
    void docsDescribeEveryFieldAndNoOther() throws IOException {
        String doc = Files.readString(Path.of("docs/plover.md"));
        Set<String> documented = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^\\| `([a-z_]+)` \\|").matcher(doc);
        while (m.find()) {
            documented.add(m.group(1));
        }
        Set<String> written = new TreeSet<>(PloverWriter.FIELDS);
        written.addAll(PloverEventWriter.FIELDS);
        written.addAll(PloverWriter.ENTITY_FIELDS);
        written.addAll(PloverWriter.CITE_FIELDS);
        assertEquals(written, documented);
    }

    @Test
    void aMeetingOfThreeIsMultilateralConsultWithTheFirstByNameAsActor() {
        JsonObject r = records.get(0);
        assertEquals("Meeting", str(r, "attache_class"));
        assertEquals("CONSULT", str(r, "event"));
        assertEquals("multilateral", str(r, "mode"));
        assertEquals("040", str(r, "cameo"));
        assertEquals(List.of("Min Aung Hlaing"), names(r, "actor"));
        assertEquals(List.of("Sergei Lavrov", "Vladimir Putin"), names(r, "recipient"));
        assertEquals("Q7747", r.get("recipient").getAsArray().get(1).getAsObject().get("wikidata").getAsString().value());
        assertEquals("2025-03-04", str(r, "date"));
        assertEquals("day", str(r, "date_precision"));
        assertEquals("Putin met Lavrov and Min Aung Hlaing in Moscow on Tuesday.", str(r, "event_text"));
        assertEquals(0, r.get("event_text_begin").getAsNumber().value().intValue());
        assertEquals(58, r.get("event_text_end").getAsNumber().value().intValue());
        JsonObject cite = r.get("cite_info").getAsObject();
        assertEquals("https://news.example.org/a", str(cite, "url"));
        assertEquals("Example Wire", str(cite, "publication"));
        assertEquals("attache 0.1.0", str(cite, "coder"));
    }

    @Test
    void aPromisedDeliveryIsAgreeWithIntentToGiveMilitaryAid() {
        JsonObject r = records.get(1);
        assertEquals("AGREE", str(r, "event"));
        assertEquals("0332", str(r, "cameo"));
        assertEquals(List.of("military"), contexts(r));
        assertEquals(List.of("Russia"), names(r, "actor"));
        assertEquals(List.of("Myanmar"), names(r, "recipient"));
        assertEquals("fighter jets", str(r, "item"));
        assertEquals("probable", str(r, "certainty"));
        assertEquals("future", str(r, "tense"));
        assertTrue(r.get("date").isNull());
    }

    @Test
    void aVisitHasTheHostAsRecipientAndTheDestinationAsLocation() {
        JsonObject r = records.get(2);
        assertEquals("CONSULT", str(r, "event"));
        assertEquals("visit", str(r, "mode"));
        assertEquals("042", str(r, "cameo"));
        assertEquals(List.of("Sergei Lavrov"), names(r, "actor"));
        assertEquals(List.of("Min Aung Hlaing"), names(r, "recipient"));
        assertEquals("Naypyidaw", str(r.get("location").getAsObject(), "entity_text"));
        assertEquals("2025-04", str(r, "date"));
        assertEquals("month", str(r, "date_precision"));
        assertEquals("2025-04-01", str(r, "date_earliest"));
        assertEquals("2025-04-30", str(r, "date_latest"));
        assertTrue(r.get("cite_info").getAsObject().get("publication").isNull());
    }

    @Test
    void aSignedMilitaryPactIsSupportInDiplomaticAndMilitaryContexts() {
        JsonObject r = records.get(3);
        assertEquals("SUPPORT", str(r, "event"));
        assertEquals("057", str(r, "cameo"));
        assertEquals(List.of("diplomatic", "military"), contexts(r));
        assertEquals(List.of("Myanmar"), names(r, "actor"));
        assertEquals(List.of("Russia"), names(r, "recipient"));
    }

    @Test
    void aStatementHasNoPloverEventButItsCameoCode() {
        JsonObject r = records.get(4);
        assertTrue(r.get("event").isNull());
        assertEquals("010", str(r, "cameo"));
        assertEquals(List.of("Sergei Lavrov"), names(r, "actor"));
        assertEquals(List.of(), names(r, "recipient"));
    }

    @Test
    void pastCodesAreAmongTheCodesTheOntologyGivesEachClass() {
        Model ontology = RDFDataMgr.loadModel("ontology/attache.ttl");
        for (JsonObject r : records) {
            if ("future".equals(str(r, "tense"))) {
                continue;
            }
            var cls = ontology.createResource(Vocab.NS + str(r, "attache_class"));
            assertTrue(ontology.contains(cls, ResourceFactory.createProperty(Vocab.NS + "cameoCode"), str(r, "cameo")),
                    str(r, "attache_class") + " " + str(r, "cameo"));
            if (str(r, "event") != null) {
                assertTrue(ontology.contains(cls, ResourceFactory.createProperty(Vocab.NS + "ploverEvent"), str(r, "event")),
                        str(r, "attache_class") + " " + str(r, "event"));
            }
        }
    }

    static List<String> contexts(JsonObject r) {
        JsonArray a = r.get("context").getAsArray();
        List<String> out = new ArrayList<>();
        a.forEach(v -> out.add(v.getAsString().value()));
        return out;
    }
}

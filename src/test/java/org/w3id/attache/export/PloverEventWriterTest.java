package org.w3id.attache.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.w3id.attache.imports.ExchangeFixtures;
import org.w3id.attache.store.Store;

/**
 * PLOVER records per merged event ({@code --format plover-events}) over a dataset written by hand:
 * two articles report one visit (the earlier, Example Wire's, names the host and the day; the
 * later, with no outlet, only the state and the month, and hedges), the earlier one also reports
 * a meeting, and the later one an attendance, which PLOVER does not code. The fact IRIs of the
 * later article sort first, so that the first report is seen to be the earliest article's.
 */
class PloverEventWriterTest {
    static final String TRIG = """
            PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>
            PREFIX skos:   <http://www.w3.org/2004/02/skos/core#>
            PREFIX schema: <http://schema.org/>
            PREFIX nif:    <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX time:   <http://www.w3.org/2006/time#>
            PREFIX att:    <https://w3id.org/attache/ontology#>
            PREFIX id:     <https://w3id.org/attache/id/>
            PREFIX g:      <https://w3id.org/attache/graph/>

            g:metadata {
                id:article\\/ffff000000000001 a att:Article ; schema:url "https://news.example.org/early"^^xsd:anyURI ;
                    schema:headline "Lavrov lands in Naypyidaw" ; schema:datePublished "2025-04-08"^^xsd:date ;
                    att:outlet "Example Wire" ; att:graph g:article\\/ffff000000000001 .
                id:article\\/1111000000000002 a att:Article ; schema:url "https://news.example.org/late"^^xsd:anyURI ;
                    schema:headline "Russia courts the junta" ; schema:datePublished "2025-04-10"^^xsd:date ;
                    att:graph g:article\\/1111000000000002 .
            }

            g:entities {
                id:person\\/sergei-lavrov a att:Person ; rdfs:label "Sergei Lavrov" ; att:country id:state\\/russia .
                id:person\\/min-aung-hlaing a att:Person ; rdfs:label "Min Aung Hlaing" ; att:country id:state\\/myanmar .
                id:state\\/russia a att:State ; rdfs:label "Russia" ; skos:exactMatch <http://www.wikidata.org/entity/Q159> .
                id:state\\/myanmar a att:State ; rdfs:label "Myanmar" ; skos:exactMatch <http://www.wikidata.org/entity/Q836> .
                id:place\\/naypyidaw a att:City ; rdfs:label "Naypyidaw" ; att:country id:state\\/myanmar .
                id:event\\/1111000000000002\\/parade a att:Ceremony ; rdfs:label "Armed Forces Day parade" .
            }

            g:article\\/ffff000000000001 {
                <https://w3id.org/attache/id/article/ffff000000000001#char=0,51> a att:TextSpan , nif:OffsetBasedString ;
                    nif:beginIndex 0 ; nif:endIndex 51 ; nif:anchorOf "Lavrov arrived in Naypyidaw on Monday, hosted by MAH." .
                <https://w3id.org/attache/id/article/ffff000000000001#char=52,80> a att:TextSpan , nif:OffsetBasedString ;
                    nif:beginIndex 52 ; nif:endIndex 80 ; nif:anchorOf "The two men met the same day." .
                id:fact\\/ffff000000000001\\/visit a att:Visit ;
                    att:visitor id:person\\/sergei-lavrov ; att:destination id:place\\/naypyidaw ; att:host id:person\\/min-aung-hlaing ;
                    att:article id:article\\/ffff000000000001 ;
                    att:evidence <https://w3id.org/attache/id/article/ffff000000000001#char=0,51> ;
                    att:extractorVersion "attache 0.1.0" ; att:certainty att:certain ; att:polarity att:positive ;
                    att:tense att:past ; att:hedged false ;
                    att:date "2025-04-07"^^xsd:date ; att:datePrecision time:unitDay ;
                    att:earliest "2025-04-07"^^xsd:date ; att:latest "2025-04-07"^^xsd:date .
                id:fact\\/ffff000000000001\\/meeting a att:Meeting ;
                    att:participant id:person\\/sergei-lavrov , id:person\\/min-aung-hlaing ;
                    att:article id:article\\/ffff000000000001 ;
                    att:evidence <https://w3id.org/attache/id/article/ffff000000000001#char=52,80> ;
                    att:extractorVersion "attache 0.1.0" ; att:certainty att:certain ; att:tense att:past ; att:hedged false ;
                    att:date "2025-04-07"^^xsd:date ; att:datePrecision time:unitDay .
            }

            g:article\\/1111000000000002 {
                <https://w3id.org/attache/id/article/1111000000000002#char=0,40> a att:TextSpan , nif:OffsetBasedString ;
                    nif:beginIndex 0 ; nif:endIndex 40 ; nif:anchorOf "Lavrov reportedly visited Myanmar in April." .
                id:fact\\/1111000000000002\\/visit a att:Visit ;
                    att:visitor id:person\\/sergei-lavrov ; att:destination id:state\\/myanmar ;
                    att:article id:article\\/1111000000000002 ;
                    att:evidence <https://w3id.org/attache/id/article/1111000000000002#char=0,40> ;
                    att:extractorVersion "attache 0.1.1" ; att:certainty att:probable ; att:hedge "reportedly" ;
                    att:tense att:past ; att:hedged true ;
                    att:date "2025-04"^^xsd:gYearMonth ; att:datePrecision time:unitMonth .
                id:fact\\/1111000000000002\\/parade a att:Attendance ;
                    att:attendee id:person\\/sergei-lavrov ; att:attendedEvent id:event\\/1111000000000002\\/parade ;
                    att:article id:article\\/1111000000000002 ; att:certainty att:certain .
            }

            g:events {
                id:merged\\/visit\\/aaaaaaaaaaaaaaaa a att:MergedEvent ;
                    att:eventType att:Visit ; att:mergeKey "visit|lavrov|wd:Q836" ;
                    att:involves id:person\\/sergei-lavrov , id:person\\/min-aung-hlaing ;
                    att:place id:place\\/naypyidaw ;
                    att:eventDate "2025-04-07"^^xsd:date ;
                    att:firstDay "2025-04-07"^^xsd:date ; att:lastDay "2025-04-07"^^xsd:date ;
                    att:dateConflict false ;
                    att:reportedBy id:fact\\/ffff000000000001\\/visit , id:fact\\/1111000000000002\\/visit ;
                    att:firstReported "2025-04-08"^^xsd:date ; att:lastReported "2025-04-10"^^xsd:date ;
                    att:sourceCount 2 ; att:outletCount 2 ;
                    att:strongestCertainty att:certain ; att:weakestCertainty att:probable .
                id:merged\\/meeting\\/bbbbbbbbbbbbbbbb a att:MergedEvent ;
                    att:eventType att:Meeting ; att:mergeKey "meeting|lavrov,min-aung-hlaing" ;
                    att:involves id:person\\/sergei-lavrov , id:person\\/min-aung-hlaing ;
                    att:eventDate "2025-04-07"^^xsd:date ;
                    att:firstDay "2025-04-07"^^xsd:date ; att:lastDay "2025-04-07"^^xsd:date ;
                    att:dateConflict false ;
                    att:reportedBy id:fact\\/ffff000000000001\\/meeting ;
                    att:firstReported "2025-04-08"^^xsd:date ; att:lastReported "2025-04-08"^^xsd:date ;
                    att:sourceCount 1 ; att:outletCount 1 ;
                    att:strongestCertainty att:certain ; att:weakestCertainty att:certain .
                id:merged\\/attendance\\/cccccccccccccccc a att:MergedEvent ;
                    att:eventType att:Attendance ; att:mergeKey "attendance|lavrov|occasion:armed forces day parade" ;
                    att:involves id:person\\/sergei-lavrov ;
                    att:occasion id:event\\/1111000000000002\\/parade ;
                    att:dateConflict false ;
                    att:reportedBy id:fact\\/1111000000000002\\/parade ;
                    att:firstReported "2025-04-10"^^xsd:date ; att:lastReported "2025-04-10"^^xsd:date ;
                    att:sourceCount 1 ; att:outletCount 1 ;
                    att:strongestCertainty att:certain ; att:weakestCertainty att:certain .
            }
            """;

    static final String ID = "https://w3id.org/attache/id/";

    static DatasetGraph dataset() {
        return RDFParser.fromString(TRIG, Lang.TRIG).toDatasetGraph();
    }

    static List<JsonObject> parse(ByteArrayOutputStream out) {
        List<JsonObject> records = new ArrayList<>();
        out.toString(StandardCharsets.UTF_8).lines().forEach(line -> {
            JsonValue v = JSON.parseAny(line);
            assertTrue(v.isObject(), line);
            records.add(v.getAsObject());
        });
        return records;
    }

    static List<JsonObject> export(DatasetGraph data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportFormat.parse("plover-events").exporter().write(data, out);
        return parse(out);
    }

    static String str(JsonObject o, String key) {
        return PloverWriterTest.str(o, key);
    }

    @Test
    void oneRecordPerCodedMergedEventInDateThenIriOrder() throws IOException {
        List<JsonObject> records = export(dataset());
        assertEquals(List.of(ID + "merged/meeting/bbbbbbbbbbbbbbbb", ID + "merged/visit/aaaaaaaaaaaaaaaa"),
                records.stream().map(r -> str(r, "id")).toList(), "the attendance has no PLOVER event");
        for (JsonObject r : records) {
            assertEquals(PloverEventWriter.FIELDS, new ArrayList<>(r.keys()));
        }
    }

    @Test
    void theVisitIsOneRecordWithItsTwoSources() throws IOException {
        JsonObject r = export(dataset()).get(1);
        assertEquals("Visit", str(r, "attache_class"));
        assertEquals("CONSULT", str(r, "event"));
        assertEquals("visit", str(r, "mode"));
        assertEquals("042", str(r, "cameo"));
        assertEquals(2, r.get("source_count").getAsNumber().value().intValue());
        List<JsonObject> sources = new ArrayList<>();
        r.get("sources").getAsArray().forEach(s -> sources.add(s.getAsObject()));
        assertEquals(List.of("https://news.example.org/early", "https://news.example.org/late"), sources.stream().map(s -> str(s, "url")).toList());
        assertEquals("Example Wire", str(sources.get(0), "publication"));
        assertTrue(sources.get(1).get("publication").isNull());
        assertEquals("2025-04-10", str(sources.get(1), "date_published"));
        assertEquals("attache 0.1.1", str(sources.get(1), "coder"));
        for (JsonObject s : sources) {
            assertEquals(PloverWriter.CITE_FIELDS, new ArrayList<>(s.keys()));
        }
    }

    @Test
    void rolesTextAndCiteInfoAreTheEarliestArticlesReport() throws IOException {
        JsonObject r = export(dataset()).get(1);
        assertEquals(List.of("Sergei Lavrov"), PloverWriterTest.names(r, "actor"));
        assertEquals(List.of("Min Aung Hlaing"), PloverWriterTest.names(r, "recipient"), "the host the earlier report names");
        assertEquals("Lavrov arrived in Naypyidaw on Monday, hosted by MAH.", str(r, "event_text"));
        assertEquals("https://news.example.org/early", str(r.get("cite_info").getAsObject(), "url"));
        assertEquals("past", str(r, "tense"));
    }

    @Test
    void placeDateAndCertaintyAreWhatTheReportsAgreeOn() throws IOException {
        JsonObject r = export(dataset()).get(1);
        assertEquals("Naypyidaw", str(r.get("location").getAsObject(), "entity_text"));
        assertEquals("2025-04-07", str(r, "date"));
        assertEquals("day", str(r, "date_precision"));
        assertEquals("2025-04-07", str(r, "date_earliest"));
        assertEquals("2025-04-07", str(r, "date_latest"));
        assertEquals("probable", str(r, "certainty"), "the weakest certainty of the two reports");
        assertTrue(r.get("hedged").getAsBoolean().value(), "one report hedges");
    }

    @Test
    void aSingleReportEventHasOneSource() throws IOException {
        JsonObject r = export(dataset()).get(0);
        assertEquals("Meeting", str(r, "attache_class"));
        assertEquals("040", str(r, "cameo"));
        assertEquals(1, r.get("sources").getAsArray().size());
        assertEquals(1, r.get("source_count").getAsNumber().value().intValue());
        assertTrue(r.get("location").isNull());
        assertTrue(r.get("hedged").getAsBoolean().value() == false);
    }

    @Test
    void anArticleSelectsTheEventsItReportsWithAllTheirSources() {
        DatasetGraph data = dataset();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PloverEventWriter.writeReportedBy(data, NodeFactory.createURI(ID + "article/1111000000000002"), out);
        List<JsonObject> records = parse(out);
        assertEquals(List.of(ID + "merged/visit/aaaaaaaaaaaaaaaa"), records.stream().map(r -> str(r, "id")).toList());
        assertEquals(2, records.get(0).get("sources").getAsArray().size());
    }

    /** Over the events graph the store itself derives from the exchange fixture's two articles. */
    @Test
    void theStoresOwnEventsGraphGivesARecordPerEventWithEverySource() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Store store = ExchangeFixtures.storeWithTwoArticles()) {
            StoreExport.write(store, ExportFormat.PLOVER_EVENTS, null, out);
        }
        List<JsonObject> records = parse(out);
        assertTrue(!records.isEmpty(), "no records");
        for (JsonObject r : records) {
            assertEquals(PloverEventWriter.FIELDS, new ArrayList<>(r.keys()));
            assertTrue(str(r, "id").startsWith(ID + "merged/"), str(r, "id"));
            assertEquals(r.get("source_count").getAsNumber().value().intValue(), r.get("sources").getAsArray().size());
            assertTrue(r.get("actor").getAsArray().size() >= 1, r.toString());
        }
    }
}

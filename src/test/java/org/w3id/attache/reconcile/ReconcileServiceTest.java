package org.w3id.attache.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.attache.bounded.BoundedSelect;
import org.w3id.attache.lookup.EntityLookup;
import org.w3id.attache.store.Store;
import org.w3id.attache.web.WebFixture;

/** The reconciliation service over the web fixture ({@code site.trig}: Vladimir Putin is Q7747, Russia Q159, Min Aung Hlaing has an alias). */
class ReconcileServiceTest {
    private static final ReconcileService SERVICE = new ReconcileService(WebFixture.BASE);
    private static Store store;

    @BeforeAll
    static void load() {
        store = WebFixture.store();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static JsonObject answer(String queries) {
        EntityLookup lookup = new EntityLookup(new BoundedSelect(store.datasetGraph(), System.nanoTime() + 10_000_000_000L, 1000));
        return SERVICE.answer(lookup, queries);
    }

    private static JsonArray result(JsonObject answer, String key) {
        return answer.get(key).getAsObject().get("result").getAsArray();
    }

    private static String string(JsonObject o, String key) {
        return o.get(key).getAsString().value();
    }

    @Test
    void theManifestFollowsTheSchema() {
        JsonObject manifest = SERVICE.manifest("http://127.0.0.1:3030");
        ReconcileSchemas.assertValid(ReconcileSchemas.MANIFEST, manifest.toString());
        assertEquals(WebFixture.BASE, string(manifest, "identifierSpace"));
        assertEquals("https://w3id.org/attache/ontology#", string(manifest, "schemaSpace"));
        assertEquals("http://127.0.0.1:3030/id/{{id}}", string(manifest.get("view").getAsObject(), "url"));
        assertEquals(List.of("Person", "State", "Organisation"), manifest.get("defaultTypes").getAsArray().stream()
                .map(t -> string(t.getAsObject(), "id")).toList());
        // the restated schema is not one that passes anything
        assertFalse(ReconcileSchemas.violations(ReconcileSchemas.MANIFEST, "{\"name\":\"x\",\"versions\":[\"0.1\"]}").isEmpty());
    }

    @Test
    void anOpenRefineBatchFindsPutinWithHisWikidataId() {
        String batch = """
                {"q0":{"query":"Vladimir Putin","type":"Person","limit":3,"type_strict":"should"},
                 "q1":{"query":"russia","type":"https://w3id.org/attache/ontology#State"},
                 "q2":{"query":"Senior General Min Aung Hlaing","type":["Person","State"]},
                 "q3":{"query":"Putin","limit":3},
                 "q4":{"query":"Russia","type":"Person"},
                 "q5":{"query":"Russia"}}
                """;
        ReconcileSchemas.assertValid(ReconcileSchemas.QUERY_BATCH, batch);
        JsonObject answer = answer(batch);
        ReconcileSchemas.assertValid(ReconcileSchemas.RESULT_BATCH, answer.toString());
        assertFalse(ReconcileSchemas.violations(ReconcileSchemas.RESULT_BATCH, "{\"q0\":{\"result\":[{\"id\":\"x\"}]}}").isEmpty(),
                "a candidate without name and score is refused by the schema");

        JsonObject putin = result(answer, "q0").get(0).getAsObject();
        assertEquals(1, result(answer, "q0").size());
        assertEquals("person/vladimir-putin", string(putin, "id"));
        assertEquals("Vladimir Putin", string(putin, "name"));
        assertEquals("Q7747", string(putin, "wikidata"));
        assertEquals("Wikidata Q7747 · Russia", string(putin, "description"));
        assertEquals(100, putin.get("score").getAsNumber().value().intValue());
        assertTrue(putin.get("match").getAsBoolean().value());
        assertEquals("Person", string(putin.get("type").getAsArray().get(0).getAsObject(), "id"));

        JsonObject russia = result(answer, "q1").get(0).getAsObject();
        assertEquals(1, result(answer, "q1").size(), "the post 'President of Russia' is no State");
        assertEquals("state/russia", string(russia, "id"));
        assertEquals("Q159", string(russia, "wikidata"));

        JsonObject general = result(answer, "q2").get(0).getAsObject();
        assertEquals("person/min-aung-hlaing", string(general, "id"));
        assertEquals(90, general.get("score").getAsNumber().value().intValue(), "an exact alias");
        assertTrue(general.get("match").getAsBoolean().value());

        JsonObject part = result(answer, "q3").get(0).getAsObject();
        assertEquals("person/vladimir-putin", string(part, "id"));
        assertEquals(50, part.get("score").getAsNumber().value().intValue(), "inside the label, not its start");
        assertFalse(part.get("match").getAsBoolean().value());

        assertEquals(0, result(answer, "q4").size(), "no Person is named Russia");
        // untyped: the state (exact) before the post (substring); only the state is a match
        JsonArray both = result(answer, "q5");
        assertEquals(List.of("state/russia", "post/russia/president"), both.stream().map(c -> string(c.getAsObject(), "id")).toList());
        assertEquals(List.of(true, false), both.stream().map(c -> c.getAsObject().get("match").getAsBoolean().value()).toList());
    }

    @Test
    void limitsAreCappedAndAPropertiesOnlyQueryGetsNoCandidates() {
        JsonObject answer = answer("{\"a\":{\"query\":\"m\",\"limit\":1},\"b\":{\"query\":\"m\",\"limit\":100000},"
                + "\"c\":{\"properties\":[{\"pid\":\"country\",\"v\":\"Russia\"}]}}");
        assertEquals(1, result(answer, "a").size());
        assertEquals(4, result(answer, "b").size(), "every entity with an m: Min Aung Hlaing, Moscow, Myanmar, Vladimir Putin");
        assertEquals(0, result(answer, "c").size());
        ReconcileSchemas.assertValid(ReconcileSchemas.RESULT_BATCH, answer.toString());
    }

    @Test
    void hostileBatchesAreRefusedWithTheReason() {
        StringBuilder many = new StringBuilder("{");
        for (int i = 0; i <= QueryBatch.MAX_QUERIES; i++) {
            many.append(i == 0 ? "" : ",").append("\"q").append(i).append("\":{\"query\":\"x\"}");
        }
        many.append('}');
        List<String[]> cases = List.of(
                new String[] {"{\"q0\":{\"query\":", "not valid JSON"},
                new String[] {"[\"Putin\"]", "must be a JSON object"},
                new String[] {many.toString(), "at most 50 queries"},
                new String[] {"{\"q0\":{\"query\":\"" + "x".repeat(201) + "\"}}", "longer than 200"},
                new String[] {"{\"q0\":{\"query\":\"x\",\"limit\":0}}", "at least 1"},
                new String[] {"{\"q0\":{\"query\":\"x\",\"limit\":\"3\"}}", "must be a number"},
                new String[] {"{\"q0\":{\"query\":42}}", "must be a string"},
                new String[] {"{\"q0\":{\"limit\":3}}", "neither"},
                new String[] {"{\"q0\":{\"query\":\"x\",\"type\":\"Person> } #\"}}", "not a type name"},
                new String[] {"{\"q0\":" + "[".repeat(5000) + "]".repeat(5000) + "}", "nest deeper"},
                new String[] {"", "no queries"});
        for (String[] c : cases) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> answer(c[0]), c[1]);
            assertTrue(e.getMessage().contains(c[1]), c[1] + ": " + e.getMessage());
        }
    }
}

package org.w3id.attache.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.attache.store.Store;

/**
 * Links the unlinked entities of a fixture store against a Wikidata-shaped fixture served over
 * HTTP by an embedded Fuseki, decoys included, and measures precision and recall against
 * {@code gold-links.tsv}.
 */
class OnlineLinkerTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T01:00:00Z"), ZoneOffset.UTC);
    static WikidataFixture wikidata;

    @BeforeAll
    static void start() {
        wikidata = new WikidataFixture();
    }

    @AfterAll
    static void stop() {
        wikidata.close();
    }

    static Store fixtureStore() {
        Store store = Store.inMemory();
        Txn.executeWrite(store.dataset(), () -> RDFDataMgr.read(store.dataset(), WikidataFixture.DIR.resolve("store.trig").toString()));
        return store;
    }

    static Map<String, String> gold() throws IOException {
        Map<String, String> gold = new TreeMap<>();
        for (String line : Files.readAllLines(WikidataFixture.DIR.resolve("gold-links.tsv"))) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String[] c = line.split("\t");
                gold.put(c[0], c[1]);
            }
        }
        return gold;
    }

    /** Entity → linked QID for the entities listed in the gold file. */
    static Map<String, String> links(Store store, Iterable<String> entities) {
        Map<String, String> out = new HashMap<>();
        store.read(ds -> {
            var m = ds.getUnionModel();
            for (String e : entities) {
                var it = m.listObjectsOfProperty(m.createResource(e), org.apache.jena.vocabulary.SKOS.exactMatch).toList();
                assertTrue(it.size() <= 1, e + " has several links: " + it);
                if (!it.isEmpty()) {
                    out.put(e, CandidateLookup.qid(it.get(0).asResource().getURI()));
                }
            }
            return null;
        });
        return out;
    }

    SparqlClient client(Path cacheDir) {
        return SparqlClient.builder(wikidata.endpoint()).backoff(java.time.Duration.ZERO)
                .cache(cacheDir == null ? QueryCache.none() : QueryCache.in(cacheDir)).build();
    }

    @Test
    void precisionIsOneAndRecallAtLeastPointNineDecoysIncluded() throws IOException {
        Map<String, String> gold = gold();
        try (Store store = fixtureStore()) {
            OnlineLinker.Report report = new OnlineLinker(client(null), CLOCK).link(store);
            Map<String, String> got = links(store, gold.keySet());
            long made = got.size();
            long right = got.entrySet().stream().filter(e -> e.getValue().equals(gold.get(e.getKey()))).count();
            long wanted = gold.values().stream().filter(q -> !q.equals("-")).count();
            double precision = made == 0 ? 0 : (double) right / made;
            double recall = (double) right / wanted;
            System.out.printf("online linking on the fixture: %d links made, %d right, %d wanted: precision %.3f, recall %.3f; %s%n",
                    made, right, wanted, precision, recall, report);
            assertEquals(1.0, precision, () -> "wrong links: " + got + " vs " + gold);
            assertTrue(recall >= 0.9, () -> "recall " + recall + ": " + got);
            assertEquals(made, report.linked());
        }
    }

    @Test
    void decoysAreNeverLinkedAndTiesStayUnlinked() {
        try (Store store = fixtureStore()) {
            new OnlineLinker(client(null), CLOCK).link(store);
            Map<String, String> got = links(store, List.of("https://w3id.org/attache/id/person/soe-win",
                    "https://w3id.org/attache/id/person/min-aung-hlaing", "https://w3id.org/attache/id/place/moscow",
                    "https://w3id.org/attache/id/person/vladimir-putin"));
            assertEquals(Map.of("https://w3id.org/attache/id/place/moscow", "Q649",
                    "https://w3id.org/attache/id/person/vladimir-putin", "Q7747"), got);
        }
    }

    @Test
    void eachLinkIsRecordedWithMethodScoreTimeAndEndpoint() {
        try (Store store = fixtureStore()) {
            new OnlineLinker(client(null), CLOCK).link(store);
            String q = """
                    PREFIX att: <https://w3id.org/attache/ontology#>
                    PREFIX prov: <http://www.w3.org/ns/prov#>
                    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                    SELECT ?method ?score ?time ?endpoint ?target WHERE {
                      GRAPH <https://w3id.org/attache/graph/entities> {
                        <https://w3id.org/attache/id/place/moscow> skos:exactMatch ?target .
                        ?r att:linkedEntity <https://w3id.org/attache/id/place/moscow> ; att:linkTarget ?target ;
                           att:linkMethod ?method ; att:linkScore ?score ; prov:generatedAtTime ?time ; att:linkEndpoint ?endpoint .
                      }
                    }""";
            store.read(ds -> {
                try (QueryExecution qe = QueryExecution.create(q, ds)) {
                    var rs = qe.execSelect();
                    assertTrue(rs.hasNext(), "no link record for Moscow");
                    var s = rs.next();
                    assertEquals("wikidata-sparql", s.getLiteral("method").getString());
                    assertEquals(0, new BigDecimal("0.90").compareTo(new BigDecimal(s.getLiteral("score").getLexicalForm())));
                    assertEquals("2026-11-29T01:00:00Z", s.getLiteral("time").getLexicalForm());
                    assertEquals(wikidata.endpoint(), s.getResource("endpoint").getURI());
                    assertEquals("http://www.wikidata.org/entity/Q649", s.getResource("target").getURI());
                }
                return null;
            });
        }
    }

    @Test
    void aSecondRunIsAnsweredFromTheCacheUnderTheStoreDirectory(@TempDir Path dir) {
        int first;
        try (Store store = fixtureStore()) {
            SparqlClient c = client(dir);
            first = new OnlineLinker(c, CLOCK).link(store).requests();
        }
        assertTrue(first >= 2, "expected a request per round, got " + first);
        assertTrue(Files.isDirectory(dir.resolve(QueryCache.DIRECTORY)));
        try (Store store = fixtureStore()) {
            OnlineLinker.Report again = new OnlineLinker(client(dir), CLOCK).link(store);
            assertEquals(0, again.requests(), "the same look-ups went to the endpoint again");
            assertEquals(12, again.linked());
        }
    }

    @Test
    void anUnreachableEndpointFailsAndLeavesTheStoreAsItWas() throws IOException {
        int port;
        try (var s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        SparqlClient dead = SparqlClient.builder("http://127.0.0.1:" + port + "/sparql").retries(1)
                .backoff(java.time.Duration.ofMillis(1)).timeout(java.time.Duration.ofSeconds(2)).build();
        try (Store store = fixtureStore()) {
            long before = store.read(ds -> (Long) ds.asDatasetGraph().stream().count());
            EndpointException e = assertThrows(EndpointException.class, () -> new OnlineLinker(dead, CLOCK).link(store));
            assertTrue(e.getMessage().contains("after 2 attempt(s)"), e.getMessage());
            assertEquals(before, (long) store.read(ds -> (Long) ds.asDatasetGraph().stream().count()));
        }
    }

    @Test
    void linkRecordsPassTheShapesAndARecordWithoutEndpointDoesNot() {
        var shapes = org.apache.jena.shacl.Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
        try (Store store = fixtureStore()) {
            new OnlineLinker(client(null), CLOCK).link(store);
            var entities = store.read(ds -> {
                var m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
                m.add(ds.getNamedModel("https://w3id.org/attache/graph/entities"));
                return m;
            });
            assertTrue(org.apache.jena.shacl.ShaclValidator.get().validate(shapes, entities.getGraph()).conforms());
            entities.removeAll(null, org.w3id.attache.mapping.Vocab.linkEndpoint, null);
            assertEquals(12, org.apache.jena.shacl.ShaclValidator.get().validate(shapes, entities.getGraph()).getEntries().size(),
                    "each online link record without its endpoint is a violation");
        }
    }
}

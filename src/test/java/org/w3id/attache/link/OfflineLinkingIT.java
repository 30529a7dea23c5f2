package org.w3id.attache.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.attache.intake.ArticleReader;
import org.w3id.attache.intake.MetadataOverrides;
import org.w3id.attache.mapping.Iris;
import org.w3id.attache.pipeline.ArticleProcessor;
import org.w3id.attache.store.Store;

/**
 * Linking on the seed and dev sets, ingested once offline with the real pipeline.
 * <ul>
 * <li>Must-show of issue 4: every entity that has an id in {@code verified-ids.tsv} (or a
 * country id of {@code countries.tsv}) is linked to it, and no other id appears.</li>
 * <li>With every one of those links taken away, the online linker finds them again over HTTP
 * from the Wikidata-shaped fixture endpoint (decoys included): precision and recall against the
 * offline links.</li>
 * </ul>
 */
class OfflineLinkingIT {
    static final Path SHARED = Path.of("../shared");
    static final Map<String, String> SEGMENTS = Map.of("person", "person/", "country", "state/", "city", "place/",
            "news agency", "org/", "event", "event/");
    static final Node ENTITIES = NodeFactory.createURI(Iris.ENTITIES_GRAPH);

    static Store store;

    @BeforeAll
    static void ingest() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SHARED.resolve("eval")), "needs ../shared");
        store = Store.inMemory();
        ArticleProcessor processor = ArticleProcessor.standard();
        ArticleReader reader = new ArticleReader(MetadataOverrides.NONE);
        for (String set : List.of("seed", "dev")) {
            try (var files = Files.list(SHARED.resolve("eval/" + set + "/articles"))) {
                for (Path f : files.sorted().toList()) {
                    reader.read(f).articles().forEach(a -> store.put(processor.process(a)));
                }
            }
        }
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    /** Entity → its Wikidata ids, over every labelled entity of the entities graph. */
    static Map<String, Set<String>> links(Store s) {
        Map<String, Set<String>> links = new HashMap<>();
        s.read(ds -> {
            String q = """
                    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                    SELECT ?e ?q WHERE { GRAPH <https://w3id.org/attache/graph/entities> {
                      ?e rdfs:label ?l OPTIONAL { ?e skos:exactMatch ?q } } }""";
            try (QueryExecution qe = QueryExecution.create(q, ds)) {
                qe.execSelect().forEachRemaining(row -> {
                    Set<String> ids = links.computeIfAbsent(row.getResource("e").getURI(), k -> new HashSet<>());
                    if (row.contains("q")) {
                        ids.add(CandidateLookup.qid(row.getResource("q").getURI()));
                    }
                });
            }
            return null;
        });
        return links;
    }

    @Test
    void verifiedEntitiesAreLinkedAndNoOtherIdAppears() throws IOException {
        Map<String, String> expected = new HashMap<>();
        Set<String> allowed = new HashSet<>();
        for (String line : Files.readAllLines(SHARED.resolve("wikidata/verified-ids.tsv"))) {
            String[] c = line.split("\t");
            if (line.startsWith("#") || c.length < 3) {
                continue;
            }
            allowed.add(c[0]);
            if (SEGMENTS.containsKey(c[2])) {
                expected.put(Iris.DEFAULT_BASE + SEGMENTS.get(c[2]) + Iris.slug(c[1]), c[0]);
            } else if (c[2].equals("position") && c[1].startsWith("President of ")) {
                expected.put(Iris.DEFAULT_BASE + "post/" + Iris.slug(c[1].substring(13)) + "/president", c[0]);
            }
        }
        for (String line : Files.readAllLines(Path.of("gazetteer/countries.tsv"))) {
            String[] c = line.split("\t");
            if (!line.startsWith("#") && c.length > 4 && !c[4].isBlank()) {
                allowed.add(c[4].strip());
                expected.putIfAbsent(Iris.DEFAULT_BASE + "state/" + Iris.slug(c[2].strip()), c[4].strip());
            }
        }
        Map<String, Set<String>> links = links(store);
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (var entry : links.entrySet()) {
            String want = expected.get(entry.getKey());
            Set<String> got = entry.getValue();
            if (want != null) {
                checked++;
                if (!got.equals(Set.of(want))) {
                    problems.add(entry.getKey() + ": expected " + want + ", got " + got);
                }
            } else if (!got.isEmpty()) {
                problems.add(entry.getKey() + ": linked to " + got + " but verified-ids.tsv lists no id for it");
            }
            got.stream().filter(q -> !allowed.contains(q)).forEach(q -> problems.add(entry.getKey() + ": " + q + " is not a verified id"));
        }
        System.out.printf("offline linking, seed + dev: %d entities, %d with a verified id, all linked to it: %b%n",
                links.size(), checked, problems.isEmpty());
        assertTrue(checked >= 10, "only " + checked + " entities with verified ids were found");
        assertEquals(List.of(), problems);
    }

    @Test
    void theOnlineLinkerFindsTheVerifiedLinksAgain() {
        Map<String, String> gold = new HashMap<>();
        links(store).forEach((e, ids) -> ids.forEach(q -> gold.put(e, q)));
        try (Store stripped = Store.inMemory(); WikidataFixture wikidata = new WikidataFixture()) {
            Txn.executeWrite(stripped.dataset(), () -> store.read(ds -> {
                ds.asDatasetGraph().find().forEachRemaining(quad -> {
                    boolean link = quad.getGraph().equals(ENTITIES) && (quad.getPredicate().equals(SKOS.exactMatch.asNode())
                            || quad.getSubject().isURI() && quad.getSubject().getURI().endsWith("#wikidata-link"));
                    if (!link) {
                        stripped.datasetGraph().add(quad);
                    }
                });
                return null;
            }));
            assertTrue(links(stripped).values().stream().allMatch(Set::isEmpty), "links left after stripping");
            SparqlClient client = SparqlClient.builder(wikidata.endpoint()).build();
            OnlineLinker.Report report = new OnlineLinker(client, Clock.fixed(Instant.parse("2026-11-29T01:00:00Z"), ZoneOffset.UTC))
                    .link(stripped);
            Map<String, String> got = new HashMap<>();
            links(stripped).forEach((e, ids) -> ids.forEach(q -> got.put(e, q)));
            long right = got.entrySet().stream().filter(x -> x.getValue().equals(gold.get(x.getKey()))).count();
            double precision = got.isEmpty() ? 0 : (double) right / got.size();
            double recall = (double) right / gold.size();
            System.out.printf("online linking, seed + dev with the %d verified links removed: %d made, %d right: precision %.3f, recall %.3f; %s%n",
                    gold.size(), got.size(), right, precision, recall, report);
            assertEquals(1.0, precision, () -> "wrong links: " + got + " vs " + gold);
            assertTrue(recall >= 0.9, () -> "recall " + recall + ": missed " + gold.keySet().stream().filter(e -> !got.containsKey(e)).toList());
        }
    }
}

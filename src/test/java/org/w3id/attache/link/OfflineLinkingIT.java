package org.w3id.attache.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QueryExecution;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.w3id.attache.intake.ArticleReader;
import org.w3id.attache.intake.MetadataOverrides;
import org.w3id.attache.mapping.Iris;
import org.w3id.attache.pipeline.ArticleProcessor;
import org.w3id.attache.store.Store;

/**
 * Must-show of issue 4: after ingesting the seed and dev sets offline, every entity that has an
 * id in {@code verified-ids.tsv} (or a country id of {@code countries.tsv}) is linked to it, and
 * no other id appears.
 */
class OfflineLinkingIT {
    static final Path SHARED = Path.of("../shared");
    static final Map<String, String> SEGMENTS = Map.of("person", "person/", "country", "state/", "city", "place/",
            "news agency", "org/", "event", "event/");

    @Test
    void verifiedEntitiesAreLinkedAndNoOtherIdAppears() throws IOException {
        Path verifiedFile = SHARED.resolve("wikidata/verified-ids.tsv");
        Assumptions.assumeTrue(Files.isRegularFile(verifiedFile), "needs ../shared");
        Map<String, String> expected = new HashMap<>();
        Set<String> allowed = new HashSet<>();
        for (String line : Files.readAllLines(verifiedFile)) {
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
        try (Store store = Store.inMemory()) {
            ArticleProcessor processor = ArticleProcessor.standard();
            ArticleReader reader = new ArticleReader(MetadataOverrides.NONE);
            for (String set : List.of("seed", "dev")) {
                try (var files = Files.list(SHARED.resolve("eval/" + set + "/articles"))) {
                    for (Path f : files.sorted().toList()) {
                        reader.read(f).articles().forEach(a -> store.put(processor.process(a)));
                    }
                }
            }
            Map<String, Set<String>> links = new HashMap<>();
            Set<String> entities = new HashSet<>();
            store.read(ds -> {
                String q = """
                        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                        SELECT ?e ?q WHERE { GRAPH <https://w3id.org/attache/graph/entities> {
                          ?e rdfs:label ?l OPTIONAL { ?e skos:exactMatch ?q } } }""";
                try (QueryExecution qe = QueryExecution.create(q, ds)) {
                    qe.execSelect().forEachRemaining(s -> {
                        String e = s.getResource("e").getURI();
                        entities.add(e);
                        if (s.contains("q")) {
                            links.computeIfAbsent(e, k -> new HashSet<>()).add(s.getResource("q").getURI().replaceFirst(".*/", ""));
                        }
                    });
                }
                return null;
            });
            List<String> problems = new ArrayList<>();
            int checked = 0;
            for (String e : entities) {
                String want = expected.get(e);
                Set<String> got = links.getOrDefault(e, Set.of());
                if (want != null) {
                    checked++;
                    if (!got.equals(Set.of(want))) {
                        problems.add(e + ": expected " + want + ", got " + got);
                    }
                } else if (!got.isEmpty()) {
                    problems.add(e + ": linked to " + got + " but verified-ids.tsv lists no id for it");
                }
                got.stream().filter(q -> !allowed.contains(q)).forEach(q -> problems.add(e + ": " + q + " is not a verified id"));
            }
            System.out.printf("offline linking, seed + dev: %d entities, %d with a verified id, %d linked%n",
                    entities.size(), checked, links.size());
            assertTrue(checked >= 10, "only " + checked + " entities with verified ids were found");
            assertEquals(List.of(), problems);
        }
    }
}

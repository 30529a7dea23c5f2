package org.w3id.attache.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.attache.intake.Article;
import org.w3id.attache.intake.ArticleReader;
import org.w3id.attache.intake.MetadataOverrides;
import org.w3id.attache.mapping.ArticleGraphs;
import org.w3id.attache.mapping.Iris;
import org.w3id.attache.pipeline.ArticleProcessor;

/**
 * {@link Store} with the real pipeline on a few short articles written here. CoreNLP is loaded
 * once ({@code CoreNlp.shared()}) and each article is processed once, in {@link #process()}.
 *
 * <p>What the articles say, and so what the store must hold:
 * <ul>
 * <li>{@link #LAVROV}: Lavrov visited Beijing on Tuesday (2025-05-06) and met Wang Yi. Mentions
 * Sergei Lavrov, Beijing, China, Wang Yi (and Russia, Lavrov's country).
 * <li>{@link #ARAGHCHI}: Araghchi visited Moscow on Wednesday (2025-05-07) and met Lavrov at the
 * Kremlin. Mentions Abbas Araghchi, Iran, Moscow, Sergei Lavrov (and Russia).
 * <li>{@link #LAVROV_CHANGED}: the Lavrov url again, now saying he visited Tehran on Thursday.
 * </ul>
 * So Beijing, China and Wang Yi are mentioned only by the Lavrov article; Sergei Lavrov and
 * Russia by both.
 */
class StoreTest {
    static final String ATT = "https://w3id.org/attache/ontology#";
    static final String PREFIXES = """
            PREFIX att: <https://w3id.org/attache/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX schema: <http://schema.org/>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            """;
    static final LocalDate PUBLISHED = LocalDate.of(2025, 5, 9); // a Friday
    static final String LAVROV_URL = "https://news.example.org/2025/05/09/lavrov-beijing";
    static final String ARAGHCHI_URL = "https://news.example.org/2025/05/09/araghchi-moscow";
    static final String LAVROV_BODY = "Foreign Minister Sergei Lavrov visited Beijing on Tuesday. "
            + "He met Chinese Foreign Minister Wang Yi.";
    static final String LAVROV_CHANGED_BODY = "Foreign Minister Sergei Lavrov visited Tehran on Thursday.";
    static final String ARAGHCHI_BODY = "Iranian Foreign Minister Abbas Araghchi visited Moscow on Wednesday. "
            + "He met Sergei Lavrov at the Kremlin.";

    static ArticleGraphs LAVROV;
    static ArticleGraphs LAVROV_AGAIN;
    static ArticleGraphs LAVROV_CHANGED;
    static ArticleGraphs ARAGHCHI;

    static Article article(String url, String title, String body) {
        String text = String.join("\n", "---", "title: " + title, "published: " + PUBLISHED, "url: " + url,
                "outlet: Example News", "---", body, "");
        ArticleReader.Result r = new ArticleReader(MetadataOverrides.NONE).read(url, text.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), r.errors());
        return r.articles().get(0);
    }

    @BeforeAll
    static void process() {
        ArticleProcessor processor = ArticleProcessor.standard();
        Article lavrov = article(LAVROV_URL, "Lavrov in Beijing", LAVROV_BODY);
        LAVROV = processor.process(lavrov);
        LAVROV_AGAIN = processor.process(lavrov);
        LAVROV_CHANGED = processor.process(article(LAVROV_URL, "Lavrov in Tehran", LAVROV_CHANGED_BODY));
        ARAGHCHI = processor.process(article(ARAGHCHI_URL, "Araghchi in Moscow", ARAGHCHI_BODY));
    }

    // ------------------------------------------------------------------ helpers

    static Set<Quad> quads(Store store) {
        return store.read(ds -> {
            Set<Quad> out = new HashSet<>();
            ds.asDatasetGraph().find().forEachRemaining(out::add);
            return out;
        });
    }

    /** The quads less the ingest time stamp, which differs from one ingest to the next. */
    static Set<Quad> content(Store store) {
        Node ingestedAt = NodeFactory.createURI(ATT + "ingestedAt");
        Set<Quad> out = new HashSet<>(quads(store));
        out.removeIf(q -> q.getPredicate().equals(ingestedAt));
        return out;
    }

    /** Runs a SELECT over the dataset (default graph = union) and returns one column as strings, sorted. */
    static List<String> column(Store store, String select, String var) {
        return store.read(ds -> {
            List<String> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(PREFIXES + select).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    out.add(s.contains(var) ? s.get(var).toString() : "");
                }
            }
            return new ArrayList<>(new TreeSet<>(out));
        });
    }

    /** Destination labels of visits by the entity labelled {@code visitor}, from any graph. */
    static List<String> destinationsOf(Store store, String visitor) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(
                "SELECT ?dest WHERE { ?v a att:Visit ; att:visitor ?p ; att:destination ?d . ?p rdfs:label ?visitor . "
                        + "?d rdfs:label ?l BIND(STR(?l) AS ?dest) }");
        q.setLiteral("visitor", visitor, "en");
        return column(store, q.toString(), "dest");
    }

    /** IRIs in the entities graph labelled {@code label}. */
    static List<String> entitiesLabelled(Store store, String label) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(
                "SELECT ?e WHERE { GRAPH <" + Iris.ENTITIES_GRAPH + "> { ?e rdfs:label ?label } }");
        q.setLiteral("label", label, "en");
        return column(store, q.toString(), "e");
    }

    static boolean hasGraph(Store store, Node graph) {
        return store.<Boolean>read(ds -> ds.asDatasetGraph().containsGraph(graph));
    }

    static long articles(Store store) {
        return store.stats().get("articles");
    }

    static Store storeWith(ArticleGraphs... articles) {
        Store s = Store.inMemory();
        for (ArticleGraphs a : articles) {
            s.put(a);
        }
        return s;
    }

    // ------------------------------------------------------------------ tests

    @Test
    void entityLabelsAreEnglishAsOnWikidataAndOneEach() {
        // How a Wikidata user writes it finds the attache entity; a plain string does not, and no entity has two labels.
        try (Store s = storeWith(LAVROV, ARAGHCHI)) {
            assertEquals(1, column(s, "SELECT ?e WHERE { GRAPH <" + Iris.ENTITIES_GRAPH + "> { ?e rdfs:label \"Sergei Lavrov\"@en } }", "e").size());
            assertEquals(0, column(s, "SELECT ?e WHERE { GRAPH <" + Iris.ENTITIES_GRAPH + "> { ?e rdfs:label \"Sergei Lavrov\" } }", "e").size());
            assertEquals(0, column(s, "SELECT ?e WHERE { GRAPH <" + Iris.ENTITIES_GRAPH + "> { ?e rdfs:label ?a , ?b FILTER (?a != ?b) } }", "e").size());
        }
    }

    @Test
    void theArticlesGiveTheFactsTheyState() {
        // Guards the other tests: they rely on these facts being extracted.
        try (Store s = storeWith(LAVROV, ARAGHCHI, LAVROV_CHANGED)) {
            assertEquals(List.of("Tehran"), destinationsOf(s, "Sergei Lavrov"));
            assertTrue(destinationsOf(s, "Abbas Araghchi").contains("Moscow"), destinationsOf(s, "Abbas Araghchi").toString());
        }
        try (Store s = storeWith(LAVROV)) {
            assertEquals(List.of("Beijing"), destinationsOf(s, "Sergei Lavrov"));
            LocalDate tuesday = PUBLISHED.with(TemporalAdjusters.previous(DayOfWeek.TUESDAY));
            assertEquals(List.of(tuesday.toString()),
                    column(s, "SELECT ?date WHERE { ?v a att:Visit ; att:date ?d BIND(STR(?d) AS ?date) }", "date"));
            for (String label : List.of("Sergei Lavrov", "Beijing", "China", "Wang Yi")) {
                assertEquals(1, entitiesLabelled(s, label).size(), label + " is an entity");
            }
        }
    }

    @Test
    void inMemoryStoresAreSeparateAndStartEmpty() {
        try (Store one = Store.inMemory(); Store two = Store.inMemory()) {
            one.put(LAVROV);
            assertFalse(quads(one).isEmpty());
            assertEquals(Set.of(), quads(two), "a second in-memory store shares nothing with the first");
            assertFalse(two.contains(LAVROV_URL));
        }
        try (Store three = Store.inMemory()) {
            assertEquals(Set.of(), quads(three), "a new in-memory store does not see an earlier one's data");
        }
    }

    @Test
    void ingestingTheSameArticleTwiceLeavesTheQuadCountUnchanged() {
        try (Store s = storeWith(LAVROV)) {
            long before = quads(s).size();
            Set<Quad> contentBefore = content(s);
            assertTrue(before > 0);
            s.put(LAVROV_AGAIN);
            assertEquals(before, quads(s).size());
            assertEquals(contentBefore, content(s), "the same quads, bar the ingest time");
            assertEquals(1, articles(s));
            s.put(LAVROV);
            assertEquals(before, quads(s).size());
        }
    }

    @Test
    void reingestingAChangedBodyReplacesTheArticleGraph() {
        try (Store s = storeWith(LAVROV)) {
            assertEquals(List.of("Beijing"), destinationsOf(s, "Sergei Lavrov"));
            s.put(LAVROV_CHANGED);
            assertEquals(List.of("Tehran"), destinationsOf(s, "Sergei Lavrov"), "the Beijing visit is gone");
            assertEquals(List.of(), column(s, "SELECT ?m WHERE { ?m a att:Meeting }", "m"),
                    "the meeting with Wang Yi is gone");
            assertEquals(List.of(LAVROV_CHANGED_BODY),
                    column(s, "SELECT ?text WHERE { ?c nif:isString ?t BIND(STR(?t) AS ?text) }", "text"));
            assertEquals(List.of(), entitiesLabelled(s, "Beijing"));
            assertEquals(List.of(), entitiesLabelled(s, "Wang Yi"));
            assertEquals(1, articles(s));
            assertEquals(new Article(LAVROV_URL, "", PUBLISHED, "", LAVROV_CHANGED_BODY, null).contentHash(),
                    s.contentHash(LAVROV_URL).orElseThrow());
            assertEquals(List.of("Lavrov in Tehran"),
                    column(s, "SELECT ?h WHERE { ?a schema:headline ?x BIND(STR(?x) AS ?h) }", "h"));
            try (Store fresh = storeWith(LAVROV_CHANGED)) {
                assertEquals(content(fresh), content(s), "nothing of the first version is left");
            }
        }
    }

    @Test
    void removeDropsTheArticleItsMetadataAndEntitiesOnlyItMentioned() {
        try (Store s = storeWith(LAVROV, ARAGHCHI)) {
            Node graph = NodeFactory.createURI(LAVROV.graphName());
            assertEquals(Iris.articleGraph(new Article(LAVROV_URL, "", PUBLISHED, "", "x", null).key()), LAVROV.graphName());
            assertTrue(hasGraph(s, graph));
            assertEquals(2, articles(s));

            assertTrue(s.remove(LAVROV_URL));

            assertFalse(s.contains(LAVROV_URL));
            assertFalse(hasGraph(s, graph), "the article graph is gone");
            assertEquals(Boolean.FALSE, s.<Boolean>read(ds -> ds.asDatasetGraph().find(graph, Node.ANY, Node.ANY, Node.ANY).hasNext()));
            assertEquals(List.of(ARAGHCHI_URL),
                    column(s, "SELECT ?u WHERE { GRAPH <" + Iris.METADATA_GRAPH + "> { ?a schema:url ?x } BIND(STR(?x) AS ?u) }", "u"),
                    "only the other article is described");
            assertEquals(List.of(), column(s, "SELECT ?p WHERE { GRAPH <" + Iris.METADATA_GRAPH + "> { ?a schema:headline \"Lavrov in Beijing\" ; ?p ?o } }", "p"));
            for (String only : List.of("Beijing", "Wang Yi", "China")) {
                assertEquals(List.of(), entitiesLabelled(s, only), only + " was mentioned only by the removed article");
            }
            for (String shared : List.of("Sergei Lavrov", "Russia", "Abbas Araghchi", "Moscow")) {
                assertEquals(1, entitiesLabelled(s, shared).size(), shared + " is still mentioned by the other article");
            }
            assertEquals(List.of(), destinationsOf(s, "Sergei Lavrov"));
            assertTrue(destinationsOf(s, "Abbas Araghchi").contains("Moscow"));
            assertEquals(1, articles(s));
            try (Store only = storeWith(ARAGHCHI)) {
                assertEquals(content(only), content(s), "the store is as if the removed article had never been ingested");
            }
        }
    }

    @Test
    void removingAnUnknownUrlReturnsFalseAndChangesNothing() {
        try (Store empty = Store.inMemory()) {
            assertFalse(empty.remove(LAVROV_URL));
            assertEquals(Set.of(), quads(empty));
        }
        try (Store s = storeWith(LAVROV)) {
            Set<Quad> before = quads(s);
            assertFalse(s.remove("https://news.example.org/never-ingested"));
            assertFalse(s.remove(LAVROV_URL + "/"), "a url is matched exactly");
            assertEquals(before, quads(s));
            assertTrue(s.contains(LAVROV_URL));
        }
    }

    @Test
    void theDefaultGraphOfAQueryIsTheUnionOfTheNamedGraphs() {
        try (Store s = storeWith(LAVROV)) {
            long stored = s.read(ds -> {
                long n = 0;
                for (var it = ds.asDatasetGraph().find(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); it.next()) {
                    n++;
                }
                return n;
            });
            assertEquals(0, stored, "nothing is stored in the default graph itself");
            // Facts (article graph), metadata and entity labels, all without GRAPH.
            assertEquals(1, column(s, "SELECT ?v WHERE { ?v a att:Visit ; att:visitor ?p . ?p rdfs:label \"Sergei Lavrov\"@en }", "v").size());
            assertEquals(List.of(LAVROV_URL), column(s, "SELECT ?u WHERE { ?a a att:Article ; schema:url ?x BIND(STR(?x) AS ?u) }", "u"));
            // ...and the visit really sits in the article's own named graph.
            assertEquals(List.of(LAVROV.graphName()),
                    column(s, "SELECT ?g WHERE { GRAPH ?g { ?v a att:Visit } }", "g"));
        }
    }

    @Test
    void statsCountArticles() {
        try (Store s = Store.inMemory()) {
            assertEquals(0, articles(s));
            assertEquals(0, s.stats().get("quads"));
            s.put(LAVROV);
            assertEquals(1, articles(s));
            assertEquals(quads(s).size(), s.stats().get("quads"));
            assertEquals(1, s.stats().get("Visit"), "one visit: Lavrov to Beijing");
            s.put(ARAGHCHI);
            assertEquals(2, articles(s));
            s.put(LAVROV_AGAIN);
            assertEquals(2, articles(s), "re-ingesting does not add an article");
            s.put(LAVROV_CHANGED);
            assertEquals(2, articles(s));
            assertTrue(s.remove(ARAGHCHI_URL));
            assertEquals(1, articles(s));
            assertNotEquals(0, s.stats().get("quads"));
        }
    }

    @Test
    void putAllWritesEveryArticle() {
        try (Store s = Store.inMemory()) {
            s.putAll(List.of(LAVROV, ARAGHCHI));
            assertEquals(2, articles(s));
            try (Store one = storeWith(LAVROV, ARAGHCHI)) {
                assertEquals(content(one), content(s));
            }
        }
    }
}

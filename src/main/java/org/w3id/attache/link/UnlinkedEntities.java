package org.w3id.attache.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;

/**
 * Reads from the store the entities the online linker should look up: those of a
 * {@link EntityKind} without {@code skos:exactMatch}, each with its country's Wikidata id, the
 * linked posts it holds and the linked entities mentioned beside it. Call inside a read
 * transaction.
 */
final class UnlinkedEntities {
    private static final String PREFIXES = """
            PREFIX att: <https://w3id.org/attache/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;

    private UnlinkedEntities() {
    }

    static List<UnlinkedEntity> read(Dataset ds) {
        Map<String, Set<String>> posts = pairs(ds, """
                SELECT DISTINCT ?e ?q WHERE {
                  ?f att:holder ?e ; att:post ?p ; att:polarity att:positive . ?p skos:exactMatch ?q .
                }""");
        Map<String, Set<String>> context = pairs(ds, """
                SELECT DISTINCT ?e ?q WHERE {
                  ?a att:mentions ?e , ?o . ?o skos:exactMatch ?q . FILTER(?o != ?e)
                }""");
        List<UnlinkedEntity> out = new ArrayList<>();
        select(ds, """
                SELECT ?e ?class (SAMPLE(?l) AS ?label) (SAMPLE(?cq) AS ?country) WHERE {
                  ?e a ?class ; rdfs:label ?l .
                  FILTER(?class IN (att:Person, att:State, att:City, att:MediaOutlet, att:PoliticalParty, att:MilitaryJunta))
                  FILTER NOT EXISTS { ?e skos:exactMatch ?any }
                  OPTIONAL { ?e att:country/skos:exactMatch ?cq }
                } GROUP BY ?e ?class ORDER BY ?e""", s -> {
            String e = s.getResource("e").getURI();
            EntityKind.ofClass(s.getResource("class").getURI()).ifPresent(kind -> out.add(new UnlinkedEntity(e, kind,
                    s.getLiteral("label").getLexicalForm(), qid(s, "country"),
                    posts.getOrDefault(e, Set.of()), context.getOrDefault(e, Set.of()))));
        });
        select(ds, """
                SELECT ?e (SAMPLE(?l) AS ?label) (SAMPLE(?ol) AS ?orgLabel) (SAMPLE(?cq) AS ?country) WHERE {
                  ?e a att:Post ; rdfs:label ?l ; att:organisation ?o . ?o rdfs:label ?ol .
                  FILTER NOT EXISTS { ?e skos:exactMatch ?any }
                  OPTIONAL { { ?o a att:State ; skos:exactMatch ?cq } UNION { ?o att:country/skos:exactMatch ?cq } }
                } GROUP BY ?e ORDER BY ?e""", s -> out.add(new UnlinkedEntity(s.getResource("e").getURI(), EntityKind.POST,
                postName(s.getLiteral("label").getLexicalForm(), s.getLiteral("orgLabel").getLexicalForm()),
                qid(s, "country"), Set.of(), Set.of())));
        return out;
    }

    /** "president" of "Russia" → "President of Russia", the way Wikidata labels public offices. */
    static String postName(String title, String organisation) {
        return title.substring(0, 1).toUpperCase(Locale.ROOT) + title.substring(1) + " of " + organisation;
    }

    private static String qid(QuerySolution s, String var) {
        return s.contains(var) ? CandidateLookup.qid(s.getResource(var).getURI()) : "";
    }

    private static Map<String, Set<String>> pairs(Dataset ds, String query) {
        Map<String, Set<String>> out = new HashMap<>();
        select(ds, query, s -> out.computeIfAbsent(s.getResource("e").getURI(), k -> new HashSet<>())
                .add(CandidateLookup.qid(s.getResource("q").getURI())));
        return out;
    }

    private static void select(Dataset ds, String query, Consumer<QuerySolution> row) {
        try (QueryExecution qe = QueryExecution.create(PREFIXES + query, ds)) {
            ResultSet rs = qe.execSelect();
            rs.forEachRemaining(row);
        }
    }
}

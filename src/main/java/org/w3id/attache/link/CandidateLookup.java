package org.w3id.attache.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.RDFNode;
import org.w3id.attache.mapping.Vocab;

/**
 * Finds Wikidata candidates for names: one SPARQL query per batch of names (a VALUES block),
 * matching English labels and aliases, with each item's classes, countries and positions.
 */
public final class CandidateLookup {
    /** Names per query: enough to spare the service, few enough to stay well inside its time limit. */
    public static final int BATCH = 50;

    private final SparqlClient client;

    public CandidateLookup(SparqlClient client) {
        this.client = client;
    }

    /** The candidates for each name (names without any are absent). */
    public Map<String, List<Candidate>> find(Collection<String> names) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(names));
        Map<String, List<Candidate>> out = new HashMap<>();
        for (int i = 0; i < distinct.size(); i += BATCH) {
            List<String> batch = distinct.subList(i, Math.min(distinct.size(), i + BATCH));
            for (Map<String, RDFNode> row : client.select(query(batch))) {
                String name = row.get("name").asLiteral().getLexicalForm();
                out.computeIfAbsent(name, k -> new ArrayList<>()).add(new Candidate(
                        qid(row.get("item").asResource().getURI()),
                        "label".equals(text(row, "matched")),
                        ids(text(row, "types") + " " + text(row, "supers")),
                        ids(text(row, "countries")),
                        ids(text(row, "positions"))));
            }
        }
        return out;
    }

    static String query(List<String> names) {
        String values = names.stream().map(n -> "\"" + escape(n) + "\"@en").collect(Collectors.joining(" "));
        return """
                PREFIX wdt: <http://www.wikidata.org/prop/direct/>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?name ?item (MAX(?how) AS ?matched)
                       (GROUP_CONCAT(DISTINCT STR(?type); separator=" ") AS ?types)
                       (GROUP_CONCAT(DISTINCT STR(?super); separator=" ") AS ?supers)
                       (GROUP_CONCAT(DISTINCT STR(?country); separator=" ") AS ?countries)
                       (GROUP_CONCAT(DISTINCT STR(?position); separator=" ") AS ?positions)
                WHERE {
                  VALUES ?name { %s }
                  { ?item rdfs:label ?name . BIND("label" AS ?how) }
                  UNION
                  { ?item skos:altLabel ?name . BIND("alias" AS ?how) }
                  ?item wdt:P31 ?type .
                  OPTIONAL { ?type wdt:P279 ?super }
                  OPTIONAL { ?item wdt:P17|wdt:P27|wdt:P1001 ?country }
                  OPTIONAL { ?item wdt:P39 ?position }
                }
                GROUP BY ?name ?item
                """.formatted(values);
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ").replace("\r", " ");
    }

    private static String text(Map<String, RDFNode> row, String var) {
        RDFNode n = row.get(var);
        return n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    /** The Q-ids among space-separated Wikidata entity IRIs. */
    private static Set<String> ids(String iris) {
        return Arrays.stream(iris.split("\\s+")).filter(s -> s.startsWith(Vocab.WD + "Q"))
                .map(CandidateLookup::qid).collect(Collectors.toSet());
    }

    static String qid(String iri) {
        return iri.startsWith(Vocab.WD) ? iri.substring(Vocab.WD.length()) : iri;
    }
}

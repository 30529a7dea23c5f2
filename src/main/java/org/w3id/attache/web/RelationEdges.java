package org.w3id.attache.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.attache.bounded.BoundedSelect;
import org.w3id.attache.events.EventKind;
import org.w3id.attache.mapping.Iris;
import org.w3id.attache.mapping.Vocab;

/**
 * The network the relations view draws, aggregated by one query over the tallies in the events
 * graph ({@link org.w3id.attache.events.RelationTallies}): for each pair of nodes (states, or
 * states and people), how many merged events of each kind relate them. At most
 * {@link #MAX_EDGES} edges are kept, the heaviest.
 */
final class RelationEdges {
    /** The most edges drawn: past that a circle of lines says nothing. */
    static final int MAX_EDGES = 300;
    /** The most rows read (one per pair and kind). */
    private static final int MAX_ROWS = 5000;

    /** A node: IRI, label, and whether it is a person (else a state). */
    record Party(String iri, String label, boolean person) {
    }

    /** An edge between two parties ({@code a} sorts before {@code b} by IRI), with its events counted by kind label. */
    record Edge(Party a, Party b, Map<String, Long> counts) {
        long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private static final String QUERY = """
            PREFIX att:  <%1$s>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?a ?b ?class ?n ?aName ?bName ?aPerson ?bPerson WHERE {
              {
                SELECT ?a ?b ?class (SUM(?k) AS ?n) WHERE {
                  GRAPH <%2$s> {
                    %5$s
                    ?t att:tallyKind ?class ; att:firstParty ?a ; att:secondParty ?b .
                    %4$s
                  }
                }
                GROUP BY ?a ?b ?class
              }
              OPTIONAL { GRAPH <%3$s> { ?a rdfs:label ?aName } }
              OPTIONAL { GRAPH <%3$s> { ?b rdfs:label ?bName } }
              BIND(EXISTS { GRAPH <%3$s> { ?a a att:Person } } AS ?aPerson)
              BIND(EXISTS { GRAPH <%3$s> { ?b a att:Person } } AS ?bPerson)
            }
            LIMIT %6$d
            """;

    private RelationEdges() {
    }

    static List<Edge> read(BoundedSelect select, RelationFilter filter) {
        if (filter.kinds().isEmpty()) {
            return List.of();
        }
        String sparql = QUERY.formatted(Vocab.NS, Iris.EVENTS_GRAPH, Iris.ENTITIES_GRAPH, filter.classFilter(), filter.counted(),
                MAX_ROWS);
        Map<String, Edge> edges = new LinkedHashMap<>();
        Map<String, String> kindOf = new HashMap<>();
        for (EventKind k : RelationFilter.KINDS) {
            kindOf.put(k.classes().get(0).getURI(), k.label());
        }
        for (Binding row : select.rows(sparql, windowValues(filter))) {
            Party a = party(row, "a");
            Party b = party(row, "b");
            Edge edge = edges.computeIfAbsent(a.iri() + " " + b.iri(), key -> new Edge(a, b, new LinkedHashMap<>()));
            // one row per pair and kind (a second label of a node would repeat it, not add to it)
            edge.counts().put(kindOf.get(row.get("class").getURI()), Long.parseLong(row.get("n").getLiteralLexicalForm()));
        }
        List<Edge> out = new ArrayList<>(edges.values());
        out.sort(Comparator.comparingLong(Edge::total).reversed().thenComparing(e -> e.a().iri()).thenComparing(e -> e.b().iri()));
        return out.size() > MAX_EDGES ? List.copyOf(out.subList(0, MAX_EDGES)) : out;
    }

    /** The window's ends as xsd:date terms for ?from and ?to. */
    static Map<String, Node> windowValues(RelationFilter filter) {
        Map<String, Node> values = new HashMap<>();
        if (filter.from() != null) {
            values.put("from", NodeFactory.createLiteralDT(filter.from().toString(), XSDDatatype.XSDdate));
        }
        if (filter.to() != null) {
            values.put("to", NodeFactory.createLiteralDT(filter.to().toString(), XSDDatatype.XSDdate));
        }
        return values;
    }

    private static Party party(Binding row, String v) {
        String iri = row.get(v).getURI();
        Node name = row.get(v + "Name");
        Node person = row.get(v + "Person");
        return new Party(iri, name == null ? GraphReader.localName(iri) : name.getLiteralLexicalForm(),
                person != null && "true".equals(person.getLiteralLexicalForm()));
    }
}

package org.w3id.attache.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.attache.bounded.BoundedSelect;
import org.w3id.attache.mapping.Iris;
import org.w3id.attache.mapping.Vocab;

/** The merged events of the events graph that happened last (by their first day), with who took part and where. */
final class LatestEvents {
    /** One event: its IRI, kind (the class's local name), first day, number of articles, participants and place (IRI to label). */
    record Event(String iri, String kind, String day, long sources, Map<String, String> participants, Map<String, String> places) {
    }

    private static final String QUERY = """
            PREFIX att:  <%1$s>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?e ?class ?day ?sources ?who ?whoName ?where ?whereName WHERE {
              {
                SELECT ?e ?class ?day ?sources WHERE {
                  GRAPH <%2$s> { ?e a att:MergedEvent ; att:eventType ?class ; att:firstDay ?day ; att:sourceCount ?sources }
                }
                ORDER BY DESC(?day) ?e
                LIMIT %4$d
              }
              OPTIONAL { GRAPH <%2$s> { ?e att:involves ?who } OPTIONAL { GRAPH <%3$s> { ?who rdfs:label ?whoName } } }
              OPTIONAL { GRAPH <%2$s> { ?e att:place ?where } OPTIONAL { GRAPH <%3$s> { ?where rdfs:label ?whereName } } }
            }
            """;

    private LatestEvents() {
    }

    /** The {@code n} latest events, latest first. */
    static List<Event> read(BoundedSelect select, int n) {
        String sparql = QUERY.formatted(Vocab.NS, Iris.EVENTS_GRAPH, Iris.ENTITIES_GRAPH, n);
        Map<String, Event> events = new LinkedHashMap<>();
        for (Binding row : select.rows(sparql, Map.of())) {
            Event e = events.computeIfAbsent(row.get("e").getURI(), iri -> new Event(iri, row.get("class").getLocalName(),
                    row.get("day").getLiteralLexicalForm(), Long.parseLong(row.get("sources").getLiteralLexicalForm()),
                    new LinkedHashMap<>(), new LinkedHashMap<>()));
            put(e.participants(), row.get("who"), row.get("whoName"));
            put(e.places(), row.get("where"), row.get("whereName"));
        }
        List<Event> out = new ArrayList<>(events.values());
        out.sort(Comparator.comparing(Event::day).reversed().thenComparing(Event::iri));
        return out;
    }

    private static void put(Map<String, String> names, Node iri, Node label) {
        if (iri != null && iri.isURI()) {
            names.put(iri.getURI(), label == null ? GraphReader.localName(iri.getURI()) : label.getLiteralLexicalForm());
        }
    }
}

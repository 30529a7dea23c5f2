package org.w3id.attache.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.attache.bounded.BoundedSelect;
import org.w3id.attache.events.EventKind;
import org.w3id.attache.mapping.Iris;
import org.w3id.attache.mapping.Vocab;

/**
 * What the store holds, as the home page tells it: articles, outlets, the range of publication
 * dates, facts (reports) by class and merged events by kind. Counted by three aggregate queries.
 */
record StoreSummary(long articles, long outlets, String firstPublished, String lastPublished, Map<String, Long> factsByClass,
        Map<String, Long> eventsByKind) {
    /** The fact classes counted, in the order shown. */
    static final List<Resource> FACT_CLASSES = List.of(Vocab.Visit, Vocab.Meeting, Vocab.PostHolding, Vocab.Cooperation,
            Vocab.Agreement, Vocab.ArmsTransfer, Vocab.Statement, Vocab.Attendance, Vocab.Delegation);

    private static final String PREFIXES = "PREFIX att: <" + Vocab.NS + ">\nPREFIX schema: <" + Vocab.SCHEMA + ">\n";
    private static final String ARTICLES = PREFIXES + """
            SELECT (COUNT(DISTINCT ?a) AS ?articles) (COUNT(DISTINCT ?o) AS ?outlets) (MIN(STR(?d)) AS ?first) (MAX(STR(?d)) AS ?last)
            WHERE { GRAPH <%s> { ?a a att:Article OPTIONAL { ?a att:outlet ?o } OPTIONAL { ?a schema:datePublished ?d } } }
            """.formatted(Iris.METADATA_GRAPH);
    private static final String FACTS = PREFIXES + """
            SELECT ?class (COUNT(?f) AS ?n) WHERE { VALUES ?class { %s } GRAPH ?g { ?f a ?class } } GROUP BY ?class
            """.formatted(String.join(" ", FACT_CLASSES.stream().map(c -> "att:" + c.getLocalName()).toList()));
    private static final String EVENTS = PREFIXES + """
            SELECT ?class (COUNT(?e) AS ?n) WHERE { GRAPH <%s> { ?e att:eventType ?class } } GROUP BY ?class
            """.formatted(Iris.EVENTS_GRAPH);

    StoreSummary {
        factsByClass = Collections.unmodifiableMap(new LinkedHashMap<>(factsByClass));
        eventsByKind = Collections.unmodifiableMap(new LinkedHashMap<>(eventsByKind));
    }

    static StoreSummary of(BoundedSelect select) {
        Binding articles = select.rows(ARTICLES, Map.of()).get(0);
        Map<String, Long> facts = new LinkedHashMap<>();
        FACT_CLASSES.forEach(c -> facts.put(c.getLocalName(), 0L));
        for (Binding row : select.rows(FACTS, Map.of())) {
            facts.put(row.get("class").getLocalName(), number(row.get("n")));
        }
        Map<String, Long> byClass = new LinkedHashMap<>();
        for (Binding row : select.rows(EVENTS, Map.of())) {
            byClass.put(row.get("class").getURI(), number(row.get("n")));
        }
        Map<String, Long> events = new LinkedHashMap<>();
        for (EventKind k : EventKind.values()) {
            events.put(k.label(), byClass.getOrDefault(k.classes().get(0).getURI(), 0L));
        }
        return new StoreSummary(number(articles.get("articles")), number(articles.get("outlets")), text(articles.get("first")),
                text(articles.get("last")), facts, events);
    }

    private static long number(Node n) {
        return n == null ? 0 : Long.parseLong(n.getLiteralLexicalForm());
    }

    private static String text(Node n) {
        return n == null ? "" : n.getLiteralLexicalForm();
    }
}

package org.w3id.attache.store;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.attache.events.EventKind;
import org.w3id.attache.mapping.Iris;
import org.w3id.attache.mapping.Vocab;

/** What {@code stats} reports of a store: quads, graphs, articles, entity labels, facts (reports) by class, merged events by kind, tenures. */
final class StoreCounts {
    private static final Node METADATA = NodeFactory.createURI(Iris.METADATA_GRAPH);
    private static final Node ENTITIES = NodeFactory.createURI(Iris.ENTITIES_GRAPH);
    private static final Node EVENTS = NodeFactory.createURI(Iris.EVENTS_GRAPH);

    private StoreCounts() {
    }

    /** The counts; call inside a read transaction. */
    static Map<String, Long> of(DatasetGraph dsg) {
        Map<String, Long> out = new LinkedHashMap<>();
        out.put("quads", size(dsg.find()));
        out.put("graphs", size(dsg.listGraphNodes()));
        out.put("articles", count(dsg, METADATA, Vocab.Article.asNode()));
        out.put("entity labels", size(dsg.find(ENTITIES, Node.ANY, RDFS.label.asNode(), Node.ANY)));
        for (var cls : List.of(Vocab.Visit, Vocab.Meeting, Vocab.PostHolding, Vocab.Cooperation, Vocab.Agreement,
                Vocab.ArmsTransfer, Vocab.Statement, Vocab.Attendance, Vocab.Delegation)) {
            out.put(cls.getLocalName(), count(dsg, Node.ANY, cls.asNode()));
        }
        out.put("merged events", count(dsg, EVENTS, Vocab.MergedEvent.asNode()));
        for (EventKind k : EventKind.values()) {
            out.put("merged events: " + k.label(), size(dsg.find(EVENTS, Node.ANY, Vocab.eventType.asNode(), k.classes().get(0).asNode())));
        }
        out.put("tenures", count(dsg, EVENTS, Vocab.Tenure.asNode()));
        return out;
    }

    private static long count(DatasetGraph dsg, Node graph, Node type) {
        return size(dsg.find(graph, Node.ANY, RDF.type.asNode(), type));
    }

    private static long size(Iterator<?> it) {
        long n = 0;
        for (; it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }
}

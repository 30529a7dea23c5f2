package org.w3id.attache.events;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.w3id.attache.mapping.Vocab;

/**
 * For tests outside this package: puts merged events that a test wrote into the events graph
 * itself (such as events spanning years, which no single report makes) into their relation
 * tallies, as a write of the pipeline would. Call inside a write transaction.
 */
public final class Tallying {
    private Tallying() {
    }

    /** Tallies {@code events}, described in the events graph, as {@link EventsGraph.Update#apply} does. */
    public static void add(DatasetGraph dsg, List<Node> events) {
        RelationTallies tallies = new RelationTallies(dsg);
        events.forEach(e -> {
            if (!dsg.contains(StoredFacts.EVENTS, e, RDF.type.asNode(), Vocab.MergedEvent.asNode())) {
                throw new IllegalArgumentException("not a merged event in the events graph: " + e);
            }
            tallies.remove(e);
            tallies.add(e, dsg.getGraph(StoredFacts.EVENTS));
        });
        tallies.settle();
    }
}

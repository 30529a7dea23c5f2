package org.w3id.attache.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.w3id.attache.mapping.Vocab;

/**
 * The tallies the relations view reads instead of pairing every event's participants: for each
 * pair of parties ({@link RelationParties}), kind of event and whether people are parties of their
 * own, att:RelationTally nodes in the events graph with their events (att:tallies) and how many
 * they are, at three levels ({@link RelationTally.Level}): one for all time (every event, dated
 * or not), one per year of the event's first day and year of its last day, one per month of each.
 * A view without a window reads the all-time tallies; one with a window sums the years wholly
 * inside it, the months wholly inside it in its first and last year, and checks the days of the
 * events only in its first and last month. Kept in step with the events inside the events graph's
 * write: {@link #remove} an event before it is rewritten, {@link #add} it after, then
 * {@link #settle} the counts once.
 */
public final class RelationTallies {
    /** The kinds of event that relate two parties, in the order the view offers them. */
    public static final List<EventKind> KINDS = List.of(EventKind.VISIT, EventKind.MEETING, EventKind.COOPERATION, EventKind.SUPPLY);
    private static final Node GRAPH = StoredFacts.EVENTS;
    private static final Node TALLIES = Vocab.tallies.asNode();

    private final DatasetGraph dsg;
    private final RelationParties parties;
    /** The tallies a change touched; null for one known only by its IRI (an event left it). */
    private final Map<Node, RelationTally> touched = new HashMap<>();

    RelationTallies(DatasetGraph dsg) {
        this.dsg = dsg;
        this.parties = new RelationParties(dsg);
    }

    /** Makes every tally again from the merged events in the events graph (whose old tallies are gone). */
    static void tallyAll(DatasetGraph dsg) {
        RelationTallies tallies = new RelationTallies(dsg);
        Graph events = dsg.getGraph(GRAPH);
        List<Node> all = new ArrayList<>();
        dsg.find(GRAPH, Node.ANY, RDF.type.asNode(), Vocab.MergedEvent.asNode()).forEachRemaining(q -> all.add(q.getSubject()));
        all.forEach(e -> tallies.add(e, events));
        tallies.settle();
    }

    /**
     * Was the events graph tallied by an attache that kept monthly tallies only? Such a store has
     * month tallies and no all-time one, and the view would count none of its events.
     */
    public static boolean outdated(DatasetGraph dsg) {
        return any(dsg.find(GRAPH, Node.ANY, Vocab.firstMonth.asNode(), Node.ANY))
                && !any(dsg.find(GRAPH, Node.ANY, Vocab.tallyLevel.asNode(), Vocab.allTime.asNode()));
    }

    /** Drops every tally and makes them all again from the merged events: how a write brings an {@link #outdated} store up to date. */
    static void retallyAll(DatasetGraph dsg) {
        List<Node> old = new ArrayList<>();
        dsg.find(GRAPH, Node.ANY, RDF.type.asNode(), Vocab.RelationTally.asNode()).forEachRemaining(q -> old.add(q.getSubject()));
        old.forEach(t -> dsg.deleteAny(GRAPH, t, Node.ANY, Node.ANY));
        tallyAll(dsg);
    }

    private static boolean any(java.util.Iterator<Quad> found) {
        try {
            return found.hasNext();
        } finally {
            Iter.close(found);
        }
    }

    /** Takes a merged event out of the tallies it is in. */
    void remove(Node event) {
        List<Quad> in = Iter.toList(dsg.find(GRAPH, Node.ANY, TALLIES, event));
        for (Quad q : in) {
            touched.putIfAbsent(q.getSubject(), null);
            dsg.delete(q);
        }
    }

    /** Puts a merged event, as {@code source} describes it, into its tallies (none unless it is of a kind in {@link #KINDS}). */
    void add(Node event, Graph source) {
        Optional<Node> kind = one(source, event, Vocab.eventType.asNode());
        if (kind.isEmpty() || KINDS.stream().noneMatch(k -> k.classes().get(0).asNode().equals(kind.get()))) {
            return;
        }
        List<Node> taking = new ArrayList<>();
        source.find(event, Vocab.involves.asNode(), Node.ANY).forEachRemaining(t -> taking.add(t.getObject()));
        source.find(event, Vocab.place.asNode(), Node.ANY).forEachRemaining(t -> taking.add(t.getObject()));
        Node firstDay = one(source, event, Vocab.firstDay.asNode()).orElse(null);
        Node lastDay = one(source, event, Vocab.lastDay.asNode()).orElse(null);
        if (firstDay == null || lastDay == null) {
            firstDay = null;
            lastDay = null;
        }
        for (boolean people : new boolean[] {false, true}) {
            TreeSet<String> sides = new TreeSet<>();
            taking.forEach(x -> sides.addAll(parties.of(x, people)));
            List<String> ordered = List.copyOf(sides);
            for (int i = 0; i < ordered.size(); i++) {
                for (int j = i + 1; j < ordered.size(); j++) {
                    for (RelationTally t : RelationTally.of(people, ordered.get(i), ordered.get(j), kind.get(), firstDay, lastDay)) {
                        Node iri = t.iri();
                        dsg.add(GRAPH, iri, TALLIES, event);
                        touched.put(iri, t);
                    }
                }
            }
        }
    }

    /** Writes the count of every tally touched since the last settle, and drops those left without events. */
    void settle() {
        touched.forEach((iri, tally) -> {
            long n = Iter.count(dsg.find(GRAPH, iri, TALLIES, Node.ANY));
            if (n == 0) {
                dsg.deleteAny(GRAPH, iri, Node.ANY, Node.ANY);
                return;
            }
            dsg.deleteAny(GRAPH, iri, Vocab.eventCount.asNode(), Node.ANY);
            if (tally != null && !dsg.contains(GRAPH, iri, RDF.type.asNode(), Vocab.RelationTally.asNode())) {
                tally.describe(dsg, GRAPH, iri);
            }
            dsg.add(GRAPH, iri, Vocab.eventCount.asNode(), EventWriter.count((int) n));
        });
        touched.clear();
    }

    private static Optional<Node> one(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
        } finally {
            it.close();
        }
    }
}

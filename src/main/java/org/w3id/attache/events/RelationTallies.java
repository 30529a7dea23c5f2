package org.w3id.attache.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.w3id.attache.mapping.Iris;
import org.w3id.attache.mapping.Vocab;

/**
 * The tallies the relations view reads instead of pairing every event's participants: for each
 * pair of parties ({@link RelationParties}), kind of event, month of the event's first day and of
 * its last day (neither for an undated event), and whether people are parties of their own, an
 * att:RelationTally in the events graph with its events (att:tallies) and how many they are. A
 * view sums the counts of tallies whose months lie inside its window and checks the days of the
 * events only in the window's first and last month. Kept in step with the events inside the
 * events graph's write: {@link #remove} an event before it is rewritten, {@link #add} it after,
 * then {@link #settle} the counts once.
 */
public final class RelationTallies {
    /** The kinds of event that relate two parties, in the order the view offers them. */
    public static final List<EventKind> KINDS = List.of(EventKind.VISIT, EventKind.MEETING, EventKind.COOPERATION, EventKind.SUPPLY);
    private static final Node GRAPH = StoredFacts.EVENTS;
    private static final Node TALLIES = Vocab.tallies.asNode();

    /** One tally's identity: its parties ({@code first} sorts before {@code second}), kind, months and mode. */
    record Tally(boolean people, String first, String second, Node kind, String firstMonth, String lastMonth) {
        Node iri() {
            return NodeFactory.createURI(Iris.EVENTS_GRAPH + "/tally/"
                    + Iris.hash(people + "|" + first + "|" + second + "|" + kind.getURI() + "|" + firstMonth + "|" + lastMonth).substring(0, 24));
        }

        void describe(DatasetGraph dsg, Node iri) {
            dsg.add(GRAPH, iri, RDF.type.asNode(), Vocab.RelationTally.asNode());
            dsg.add(GRAPH, iri, Vocab.firstParty.asNode(), NodeFactory.createURI(first));
            dsg.add(GRAPH, iri, Vocab.secondParty.asNode(), NodeFactory.createURI(second));
            dsg.add(GRAPH, iri, Vocab.tallyKind.asNode(), kind);
            dsg.add(GRAPH, iri, Vocab.withPeople.asNode(), NodeFactory.createLiteralDT(Boolean.toString(people), XSDDatatype.XSDboolean));
            if (firstMonth != null) {
                dsg.add(GRAPH, iri, Vocab.firstMonth.asNode(), NodeFactory.createLiteralDT(firstMonth, XSDDatatype.XSDgYearMonth));
                dsg.add(GRAPH, iri, Vocab.lastMonth.asNode(), NodeFactory.createLiteralDT(lastMonth, XSDDatatype.XSDgYearMonth));
            }
        }
    }

    private final DatasetGraph dsg;
    private final RelationParties parties;
    /** The tallies a change touched; null for one known only by its IRI (an event left it). */
    private final Map<Node, Tally> touched = new HashMap<>();

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
        String firstMonth = one(source, event, Vocab.firstDay.asNode()).map(RelationTallies::month).orElse(null);
        String lastMonth = one(source, event, Vocab.lastDay.asNode()).map(RelationTallies::month).orElse(null);
        if (firstMonth == null || lastMonth == null) {
            firstMonth = null;
            lastMonth = null;
        }
        for (boolean people : new boolean[] {false, true}) {
            TreeSet<String> sides = new TreeSet<>();
            taking.forEach(x -> sides.addAll(parties.of(x, people)));
            List<String> ordered = List.copyOf(sides);
            for (int i = 0; i < ordered.size(); i++) {
                for (int j = i + 1; j < ordered.size(); j++) {
                    Tally t = new Tally(people, ordered.get(i), ordered.get(j), kind.get(), firstMonth, lastMonth);
                    Node iri = t.iri();
                    dsg.add(GRAPH, iri, TALLIES, event);
                    touched.put(iri, t);
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
                tally.describe(dsg, iri);
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

    /** The month (YYYY-MM) of an xsd:date term. */
    private static String month(Node day) {
        return day.getLiteralLexicalForm().substring(0, 7);
    }
}

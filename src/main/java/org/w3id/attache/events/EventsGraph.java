package org.w3id.attache.events;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.w3id.attache.mapping.Iris;
import org.w3id.attache.mapping.Vocab;

/**
 * The events graph: events merged across the articles that report them, and tenures. It is
 * derived from the article graphs and kept true as they change: {@link #update} follows the graphs
 * a write removes and adds and rebuilds only the events those graphs' facts belong to (every
 * event of the same key), inside the caller's write transaction; {@link #rebuild} makes it
 * again from all the facts, and gives the same graph. The {@link RelationTallies} of the events
 * follow them in both.
 */
public final class EventsGraph {
    public static final String GRAPH = Iris.EVENTS_GRAPH;
    private static final String TENURE = "tenure|";
    private static final int FORGET_EVERY = 1000;

    private final StoredFacts facts;
    private final Reports reports;
    private final Tenures tenures;

    private EventsGraph(DatasetGraph dsg) {
        this.facts = new StoredFacts(dsg);
        this.reports = new Reports(facts);
        this.tenures = new Tenures(facts);
    }

    /** Starts following a write; call inside its write transaction. */
    public static Update update(DatasetGraph dsg) {
        return new EventsGraph(dsg).new Update();
    }

    /** Makes the events graph again from every stored fact; call inside a write transaction. */
    public static void rebuild(DatasetGraph dsg) {
        EventsGraph events = new EventsGraph(dsg);
        dsg.removeGraph(StoredFacts.EVENTS);
        Map<String, List<Node>> byKey = new TreeMap<>();
        List<Node> classes = new ArrayList<>();
        for (EventKind k : EventKind.values()) {
            k.classes().forEach(c -> classes.add(c.asNode()));
        }
        classes.add(Vocab.PostHolding.asNode());
        Set<Node> seen = new LinkedHashSet<>();
        for (Node c : classes) {
            dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), c).forEachRemaining(q -> seen.add(q.getSubject()));
        }
        int read = 0;
        for (Node fact : seen) {
            events.keyOf(fact).ifPresent(key -> byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(fact));
            if (++read % FORGET_EVERY == 0) {
                events.facts.forget(); // what was read of earlier facts is not needed again: keep memory bounded
            }
        }
        Graph target = dsg.getGraph(StoredFacts.EVENTS);
        byKey.forEach((key, members) -> {
            events.write(key, members, target);
            events.facts.forget();
        });
        RelationTallies.tallyAll(dsg);
    }

    private Optional<String> keyOf(Node fact) {
        return reports.of(fact).map(Report::key).or(() -> tenures.of(fact).map(Tenures.Holding::key));
    }

    /**
     * Writes the events (or tenures) of one key from its facts; facts that report nothing are
     * skipped. Returns the facts whose key is now another (an entity of theirs gained a Wikidata
     * id), with that key.
     */
    private Map<String, List<Node>> write(String key, List<Node> members, Graph target) {
        Map<String, List<Node>> elsewhere = new TreeMap<>();
        if (key.startsWith(TENURE)) {
            List<Tenures.Holding> holdings = new ArrayList<>();
            members.stream().map(tenures::of).flatMap(Optional::stream).forEach(h -> {
                if (h.key().equals(key)) {
                    holdings.add(h);
                } else {
                    elsewhere.computeIfAbsent(h.key(), k -> new ArrayList<>()).add(h.fact());
                }
            });
            if (!holdings.isEmpty()) {
                tenures.write(holdings, target);
            }
            return elsewhere;
        }
        List<Report> told = new ArrayList<>();
        members.stream().map(reports::of).flatMap(Optional::stream).forEach(r -> {
            if (r.key().equals(key)) {
                told.add(r);
            } else {
                elsewhere.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r.fact());
            }
        });
        EventWriter writer = new EventWriter(facts);
        Clustering.cluster(told).forEach(c -> writer.write(c, target));
        return elsewhere;
    }

    /** The keys of the events and tenures a write touches, and the facts it adds. */
    public final class Update {
        private final Map<String, Set<Node>> touched = new TreeMap<>();
        private final Set<Node> redescribed = new LinkedHashSet<>();

        private Update() {
        }

        /**
         * Call before entity descriptions are added: an entity that becomes a state or a person, or
         * gains a state (att:country), changes the parties its events relate, whose tallies are
         * then made again; and the key of a visit to it (the state visited), so its events are
         * made again too.
         */
        public void describing(Iterator<Triple> incoming) {
            DatasetGraph dsg = facts.dataset();
            Set<Node> changed = new LinkedHashSet<>();
            incoming.forEachRemaining(t -> {
                boolean grouping = t.getPredicate().equals(RDF.type.asNode()) || t.getPredicate().equals(Vocab.country.asNode());
                if (grouping && !dsg.contains(StoredFacts.ENTITIES, t.getSubject(), t.getPredicate(), t.getObject())) {
                    changed.add(t.getSubject());
                }
            });
            changed.forEach(this::reidentified);
            redescribed.addAll(changed);
        }

        /** Call before an entity's description is deleted: the tallies of its events are made again. */
        public void undescribing(Node entity) {
            redescribed.add(entity);
        }

        /** Call before a graph is removed or replaced: its events must be made again without it. */
        public void leaving(Node graph) {
            factsIn(graph).forEach(f -> keyOf(f).ifPresent(k -> touched.computeIfAbsent(k, x -> new LinkedHashSet<>())));
        }

        /**
         * Call when an entity gains a Wikidata id (an article's entities or an import link it):
         * the events and tenures its facts belong to are made again under its new identity.
         */
        public void reidentified(Node entity) {
            DatasetGraph dsg = facts.dataset();
            dsg.find(Node.ANY, Node.ANY, Node.ANY, entity).forEachRemaining(q -> {
                if (q.getGraph().equals(StoredFacts.EVENTS)) {
                    return;
                }
                dsg.find(StoredFacts.EVENTS, Node.ANY, Vocab.reportedBy.asNode(), q.getSubject()).forEachRemaining(r ->
                        dsg.find(StoredFacts.EVENTS, r.getSubject(), Vocab.mergeKey.asNode(), Node.ANY).forEachRemaining(k ->
                                touched.computeIfAbsent(k.getObject().getLiteralLexicalForm(), x -> new LinkedHashSet<>())));
            });
        }

        /** Call after a graph is added: its facts join (or make) their events. */
        public void arriving(Node graph) {
            facts.forget(); // what was read before the write may have changed
            factsIn(graph).forEach(f -> keyOf(f).ifPresent(k -> touched.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(f)));
        }

        /**
         * Makes again every touched event from the facts still stored and the facts added. A fact
         * whose key changed moves to its new key, whose events are then made again too. A store
         * tallied by an earlier attache ({@link RelationTallies#outdated}) gets every tally anew.
         */
        public void apply() {
            facts.forget();
            DatasetGraph dsg = facts.dataset();
            boolean outdated = RelationTallies.outdated(dsg);
            RelationTallies tallies = new RelationTallies(dsg);
            Deque<String> queue = new ArrayDeque<>(touched.keySet());
            while (!queue.isEmpty()) {
                String k = queue.poll();
                Node key = NodeFactory.createLiteralString(k);
                List<Node> old = new ArrayList<>();
                dsg.find(StoredFacts.EVENTS, Node.ANY, Vocab.mergeKey.asNode(), key).forEachRemaining(q -> old.add(q.getSubject()));
                Set<Node> members = new LinkedHashSet<>(touched.getOrDefault(k, Set.of()));
                Set<Triple> before = new HashSet<>();
                for (Node event : old) {
                    dsg.find(StoredFacts.EVENTS, event, Node.ANY, Node.ANY).forEachRemaining(q -> {
                        before.add(q.asTriple());
                        if (q.getPredicate().equals(Vocab.reportedBy.asNode())) {
                            members.add(q.getObject());
                        }
                    });
                }
                touched.remove(k);
                Graph after = GraphFactory.createGraphMem();
                write(k, members.stream().filter(facts::exists).toList(), after).forEach((other, moved) -> {
                    touched.computeIfAbsent(other, x -> new LinkedHashSet<>()).addAll(moved);
                    if (!queue.contains(other)) {
                        queue.add(other);
                    }
                });
                // write only the difference: an event that gains one report changes in a few triples, not all of them
                before.stream().filter(t -> !after.contains(t)).toList().forEach(t -> dsg.delete(StoredFacts.EVENTS, t.getSubject(), t.getPredicate(), t.getObject()));
                after.find().forEachRemaining(t -> {
                    if (!before.contains(t)) {
                        dsg.add(StoredFacts.EVENTS, t.getSubject(), t.getPredicate(), t.getObject());
                    }
                });
                old.forEach(tallies::remove);
                after.find(Node.ANY, RDF.type.asNode(), Vocab.MergedEvent.asNode()).toList().forEach(t -> tallies.add(t.getSubject(), after));
            }
            retally(tallies);
            tallies.settle();
            if (outdated) {
                RelationTallies.retallyAll(dsg);
            }
        }

        /** Puts again into their tallies the events of the entities described anew, and of what has them as its state. */
        private void retally(RelationTallies tallies) {
            DatasetGraph dsg = facts.dataset();
            Set<Node> taking = new LinkedHashSet<>(redescribed);
            redescribed.forEach(e -> dsg.find(StoredFacts.ENTITIES, Node.ANY, Vocab.country.asNode(), e).forEachRemaining(q -> taking.add(q.getSubject())));
            Set<Node> events = new LinkedHashSet<>();
            for (Node x : taking) {
                for (Node role : List.of(Vocab.involves.asNode(), Vocab.place.asNode())) {
                    dsg.find(StoredFacts.EVENTS, Node.ANY, role, x).forEachRemaining(q -> events.add(q.getSubject()));
                }
            }
            Graph graph = dsg.getGraph(StoredFacts.EVENTS);
            for (Node e : events) {
                tallies.remove(e);
                tallies.add(e, graph);
            }
            redescribed.clear();
        }

        private Set<Node> factsIn(Node graph) {
            Set<Node> out = new LinkedHashSet<>();
            facts.dataset().find(graph, Node.ANY, Vocab.article.asNode(), Node.ANY).forEachRemaining(q -> out.add(q.getSubject()));
            return out;
        }
    }
}

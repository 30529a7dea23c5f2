package org.w3id.attache.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.w3id.attache.validate.ShapesValidator;
import org.w3id.attache.validate.Violation;

/**
 * Judges one {@link GraphRun} before it is written: its values keep to the import rules; a graph
 * the store already holds is either the same (nothing to write) or refused; and the shapes hold
 * on every node the run describes, with the types the entities graph gives the nodes it points
 * to. Safe to call from several threads: the store is read in a read transaction of its own,
 * which sees it as it was before the load.
 */
final class RunCheck {
    private final ShapesValidator validator;
    private final SideData side;
    private final Dataset stored;

    /** {@code stored} is null when the store held nothing before the load. */
    RunCheck(ShapesValidator validator, SideData side, Dataset stored) {
        this.validator = validator;
        this.side = side;
        this.stored = stored;
    }

    /** What to do with a run (or a whole graph gathered again). */
    enum Outcome { LOAD, UNCHANGED, RETRY, INVALID }

    /** The outcome, with why for {@code RETRY} and {@code INVALID}. */
    record Verdict(GraphRun run, Outcome outcome, String why, List<Violation> violations) {
    }

    /**
     * Judges runs together (one pass of the shapes over all of them), each on its own merits.
     *
     * @param last whether the entities are all known now, so a shape that fails will not hold later
     */
    List<Verdict> check(List<GraphRun> runs, boolean last) {
        return stored == null ? judge(runs, null, last) : Txn.calculateRead(stored, () -> judge(runs, stored.asDatasetGraph(), last));
    }

    private List<Verdict> judge(List<GraphRun> runs, DatasetGraph before, boolean last) {
        Verdict[] verdicts = new Verdict[runs.size()];
        Graph data = GraphFactory.createDefaultGraph();
        Map<Node, Integer> runOf = new HashMap<>();
        Set<Integer> shared = new HashSet<>();
        for (int i = 0; i < runs.size(); i++) {
            GraphRun run = runs.get(i);
            verdicts[i] = early(run, before);
            if (verdicts[i] == null) {
                add(run, i, data, runOf, shared, before);
            }
        }
        Map<Node, List<Violation>> violations = runOf.isEmpty() ? Map.of() : validator.validateEach(data, runOf.keySet());
        Map<Integer, List<Violation>> byRun = new HashMap<>();
        violations.forEach((focus, vs) -> byRun.computeIfAbsent(runOf.get(focus), i -> new ArrayList<>()).addAll(vs));
        List<Verdict> out = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            if (verdicts[i] != null) {
                out.add(verdicts[i]);
            } else if (shared.contains(i)) {
                out.add(new Verdict(runs.get(i), Outcome.RETRY, where(runs.get(i)) + "describes a node another graph describes too", List.of()));
            } else if (!byRun.containsKey(i)) {
                out.add(new Verdict(runs.get(i), Outcome.LOAD, null, List.of()));
            } else {
                List<Violation> vs = byRun.get(i);
                out.add(new Verdict(runs.get(i), last ? Outcome.INVALID : Outcome.RETRY, where(runs.get(i)) + vs.size() + " SHACL violation(s)", vs));
            }
        }
        return out;
    }

    /** The verdict that needs no shapes: a broken value, or a graph the store holds already; else null. */
    private static Verdict early(GraphRun run, DatasetGraph before) {
        if (run.breach() != null) {
            return new Verdict(run, Outcome.INVALID, where(run) + run.breach(), List.of());
        }
        if (before != null && before.containsGraph(run.graph())) {
            boolean same = run.quads().stream().allMatch(before::contains);
            return same ? new Verdict(run, Outcome.UNCHANGED, null, List.of())
                    : new Verdict(run, Outcome.INVALID, where(run) + "already in the store with other content;"
                            + " remove its article first (attache remove URL) to replace it", List.of());
        }
        return null;
    }

    /**
     * Adds a run's triples to {@code data}, with the types the entities graph (the shards' and
     * the store's) gives the nodes it points to, and notes which run each node it describes is in.
     * Runs that describe the same node are noted in {@code shared}: they are judged again, alone.
     */
    private void add(GraphRun run, int index, Graph data, Map<Node, Integer> runOf, Set<Integer> shared, DatasetGraph before) {
        Set<Node> described = new HashSet<>();
        for (Quad q : run.quads()) {
            data.add(q.asTriple());
            described.add(q.getSubject());
        }
        for (Node n : described) {
            Integer other = runOf.put(n, index);
            if (other != null && other != index) {
                shared.add(other);
                shared.add(index);
            }
        }
        Set<Node> pointedTo = new HashSet<>();
        run.quads().forEach(q -> {
            if (!q.getObject().isLiteral() && !described.contains(q.getObject())) {
                pointedTo.add(q.getObject());
            }
        });
        for (Node n : pointedTo) {
            side.typesOf(n).forEach(t -> data.add(Triple.create(n, RDF.type.asNode(), t)));
            if (before != null) {
                before.getUnionGraph().find(n, RDF.type.asNode(), Node.ANY).forEachRemaining(data::add);
            }
        }
    }

    private static String where(GraphRun run) {
        return run.file() + ": graph <" + run.graph().getURI() + ">: ";
    }
}

package org.w3id.attache.imports;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.attache.validate.ShapesValidator;
import org.w3id.attache.validate.Violation;

/**
 * Validates the store as it will be after an import, as the shapes are written for it: the union
 * of every stored graph and the incoming data. Only the nodes the import can change are judged:
 * those the incoming data says something about or points to, and the stored nodes that point to
 * them. The shapes follow paths of at most two steps (a span's context's text), so these are the
 * nodes whose results an addition can change, and what they need is in memory: the incoming data,
 * everything the store says of them, and of the nodes they point to. So an import cannot give a
 * stored article a second headline, or a stored entity a second label, in whatever graph.
 */
final class ImportValidation {
    private ImportValidation() {
    }

    /**
     * The violations the store would have, after adding {@code data}, on the nodes the addition
     * can change. {@code stored} is read (call inside a read transaction).
     */
    static List<Violation> violations(ShapesValidator validator, DatasetGraph stored, DatasetGraph data) {
        Graph storedUnion = stored.getUnionGraph();
        Graph after = GraphFactory.createDefaultGraph();
        Set<Node> touched = new HashSet<>();
        Set<Node> pointedTo = new HashSet<>();
        data.find().forEachRemaining(q -> {
            after.add(q.asTriple());
            touched.add(q.getSubject());
            if (!q.getObject().isLiteral()) {
                touched.add(q.getObject());
                pointedTo.add(q.getObject());
            }
        });
        Set<Node> judged = new HashSet<>(touched);
        for (Node n : touched) {
            storedUnion.find(Node.ANY, Node.ANY, n).forEachRemaining(t -> judged.add(t.getSubject()));
        }
        for (Node n : judged) {
            storedUnion.find(n, Node.ANY, Node.ANY).forEachRemaining(t -> {
                after.add(t);
                if (!t.getObject().isLiteral()) {
                    pointedTo.add(t.getObject());
                }
            });
        }
        pointedTo.removeAll(judged);
        for (Node n : pointedTo) {
            storedUnion.find(n, Node.ANY, Node.ANY).forEachRemaining(after::add);
        }
        return validator.validate(after, judged);
    }
}

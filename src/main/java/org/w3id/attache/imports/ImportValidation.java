package org.w3id.attache.imports;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.attache.validate.ShapeReach;
import org.w3id.attache.validate.ShapesValidator;
import org.w3id.attache.validate.Violation;

/**
 * Validates the store as it will be after an import, as the shapes are written for it: the union
 * of every stored graph and the incoming data. Only the nodes whose results the import can change
 * are judged: those the incoming data says something about, and the stored nodes that point to
 * one of them that gains a triple the shapes read from elsewhere ({@link ShapeReach}: a span's
 * context's text). A node that gains no triple, and points to none that gains such a one, keeps
 * its result: the shapes target classes and read no path backwards. What judging needs is copied
 * into memory: the incoming data, everything the store says of the judged nodes, and of the nodes
 * they point to (so paths of two steps, as attache's shapes have, are whole). So an import cannot
 * give a stored article a second headline, or a stored entity a second label, in whatever graph.
 */
public final class ImportValidation {
    private ImportValidation() {
    }

    /**
     * The violations the store would have, after adding {@code data}, on the nodes the addition
     * can change. {@code stored} is read (call inside a read transaction).
     */
    public static List<Violation> violations(ShapesValidator validator, DatasetGraph stored, DatasetGraph data) {
        Graph storedUnion = stored.getUnionGraph();
        Graph after = GraphFactory.createDefaultGraph();
        Set<Node> described = new HashSet<>();
        Set<Node> seenFromOthers = new HashSet<>();
        Set<Node> pointedTo = new HashSet<>();
        data.find().forEachRemaining(q -> {
            after.add(q.asTriple());
            described.add(q.getSubject());
            if (validator.reach().reaches(q.getPredicate())) {
                seenFromOthers.add(q.getSubject());
            }
            if (!q.getObject().isLiteral()) {
                pointedTo.add(q.getObject());
            }
        });
        Set<Node> judged = new HashSet<>(described);
        for (Node n : seenFromOthers) {
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

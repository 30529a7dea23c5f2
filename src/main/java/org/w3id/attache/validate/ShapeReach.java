package org.w3id.attache.validate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDF;

/**
 * The predicates the shapes read on nodes other than the one they judge: the steps after the
 * first of sequence paths, and every IRI a SPARQL constraint names (more than it reads, never
 * less). Shapes that judge the nodes a node points to (sh:node, sh:qualifiedValueShape, a property
 * shape with shapes of its own) or follow paths this does not read make it {@link #anyPredicate}.
 * sh:class reads the types of the values too, but a triple added can never break it.
 *
 * <p>So a triple added to a node can change the result of a node pointing to it only if its
 * predicate is one of these ({@link #reaches}).
 *
 * @param anyPredicate true if the shapes may read any predicate beyond the node they judge
 * @param predicates the predicates they read beyond it, when not any
 */
public record ShapeReach(boolean anyPredicate, Set<Node> predicates) {
    private static final List<Node> NESTING = List.of(SHACL.node, SHACL.qualifiedValueShape, SHACL.inversePath,
            SHACL.alternativePath, SHACL.zeroOrMorePath, SHACL.oneOrMorePath, SHACL.zeroOrOnePath);
    private static final Pattern IRI = Pattern.compile("<([^<>\"\\s]*)>");
    private static final Pattern PREFIXED_NAME = Pattern.compile("(?<![\\w$?])([A-Za-z][\\w-]*)?:([A-Za-z_][\\w-]*)");

    /** True if a triple with {@code predicate} added to a node can change the result of a node that points to it. */
    public boolean reaches(Node predicate) {
        return anyPredicate || predicates.contains(predicate);
    }

    static ShapeReach of(Graph shapes, PrefixMap prefixes) {
        for (Node nesting : NESTING) {
            if (shapes.contains(Node.ANY, nesting, Node.ANY)) {
                return new ShapeReach(true, Set.of());
            }
        }
        Set<Node> predicates = new HashSet<>();
        for (var it = shapes.find(Node.ANY, SHACL.path, Node.ANY); it.hasNext(); ) {
            var path = it.next();
            if (shapes.contains(path.getSubject(), SHACL.property, Node.ANY) || !laterSteps(shapes, path.getObject(), predicates)) {
                return new ShapeReach(true, Set.of());
            }
        }
        for (Node query : List.of(SHACL.select, SHACL.ask)) {
            for (var it = shapes.find(Node.ANY, query, Node.ANY); it.hasNext(); ) {
                if (!named(it.next().getObject().getLiteralLexicalForm(), prefixes, predicates)) {
                    return new ShapeReach(true, Set.of());
                }
            }
        }
        return new ShapeReach(false, Set.copyOf(predicates));
    }

    /** Adds the steps after the first of {@code path}; false if it is a path of another kind. */
    private static boolean laterSteps(Graph shapes, Node path, Set<Node> into) {
        if (path.isURI()) {
            return true;
        }
        boolean first = true;
        for (Node list = path; !list.equals(RDF.nil.asNode()); ) {
            Node step = object(shapes, list, RDF.first.asNode());
            list = object(shapes, list, RDF.rest.asNode());
            if (step == null || !step.isURI() || list == null) {
                return false;
            }
            if (!first) {
                into.add(step);
            }
            first = false;
        }
        return true;
    }

    private static Node object(Graph graph, Node subject, Node predicate) {
        ExtendedIterator<Triple> it = graph.find(subject, predicate, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    /** Adds every IRI {@code sparql} names; false if it uses a prefix not in {@code prefixes}. */
    private static boolean named(String sparql, PrefixMap prefixes, Set<Node> into) {
        Matcher iri = IRI.matcher(sparql);
        while (iri.find()) {
            into.add(NodeFactory.createURI(iri.group(1)));
        }
        Matcher name = PREFIXED_NAME.matcher(IRI.matcher(sparql).replaceAll(" "));
        while (name.find()) {
            String expanded = prefixes.expand(name.group(1) == null ? "" : name.group(1), name.group(2));
            if (expanded == null) {
                return false;
            }
            into.add(NodeFactory.createURI(expanded));
        }
        return true;
    }
}

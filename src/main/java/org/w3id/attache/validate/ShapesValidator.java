package org.w3id.attache.validate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.Prefixes;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.attache.mapping.OntologyFiles;

/**
 * Validates a graph against attache's SHACL shapes ({@code ontology/shapes.ttl}). The shapes are
 * written for the union of attache's graphs (articles, metadata, entities): pass that union, or a
 * file's triples, as one graph.
 */
public final class ShapesValidator {
    private final Graph shapesGraph;
    private final Shapes shapes;
    private final PrefixMap prefixes;
    private final ShapeReach reach;

    private ShapesValidator(Model shapesModel) {
        this.shapesGraph = shapesModel.getGraph();
        this.shapes = Shapes.parse(shapesGraph);
        this.prefixes = PrefixMapFactory.create(shapesModel.getNsPrefixMap());
        prefixes.add("atts", "https://w3id.org/attache/shapes#");
        prefixes.add("wd", "http://www.wikidata.org/entity/");
        this.reach = ShapeReach.of(shapesGraph, prefixes);
    }

    /** The shapes bundled with attache. */
    public static ShapesValidator standard() {
        return new ShapesValidator(OntologyFiles.turtle(OntologyFiles.SHAPES));
    }

    /** What the shapes read on nodes other than the one they judge. */
    public ShapeReach reach() {
        return reach;
    }

    /** Every result for {@code data}, sorted by focus node, path and shape; empty when it conforms. */
    public List<Violation> validate(Graph data) {
        return violations(ShaclValidator.get().validate(shapes, data).getEntries());
    }

    /**
     * The results about the nodes {@code focusNodes} only, sorted as {@link #validate(Graph)} sorts
     * them: {@code data} may hold only part of what other nodes are said to be.
     */
    public List<Violation> validate(Graph data, Set<Node> focusNodes) {
        return violations(ShaclValidator.get().validate(shapes, data).getEntries().stream()
                .filter(e -> focusNodes.contains(e.focusNode())).toList());
    }

    /**
     * The results about each of {@code focusNodes}, validated together: one pass of the shapes
     * over {@code data} for many small graphs at once. Nodes without results are absent.
     */
    public Map<Node, List<Violation>> validateEach(Graph data, Set<Node> focusNodes) {
        Map<Node, List<ReportEntry>> byFocus = new HashMap<>();
        for (ReportEntry e : ShaclValidator.get().validate(shapes, data).getEntries()) {
            if (focusNodes.contains(e.focusNode())) {
                byFocus.computeIfAbsent(e.focusNode(), n -> new ArrayList<>()).add(e);
            }
        }
        Map<Node, List<Violation>> out = new HashMap<>();
        byFocus.forEach((n, entries) -> out.put(n, violations(entries)));
        return out;
    }

    private List<Violation> violations(Collection<ReportEntry> entries) {
        List<Violation> out = new ArrayList<>();
        for (ReportEntry e : entries) {
            out.add(new Violation(
                    e.severity().level().getLocalName(),
                    show(e.focusNode()),
                    e.resultPath() == null ? "" : e.resultPath().toString(new Prologue(Prefixes.adapt(prefixes))),
                    shapeName(e.source()),
                    e.message() == null ? "" : e.message(),
                    e.value() == null ? "" : show(e.value())));
        }
        out.sort(Comparator.comparing(Violation::focus).thenComparing(Violation::path).thenComparing(Violation::shape));
        return out;
    }

    /** A named shape by its IRI; an anonymous property shape by the named shape that holds it. */
    private String shapeName(Node source) {
        if (source == null) {
            return "?";
        }
        if (source.isURI()) {
            return show(source);
        }
        var parents = shapesGraph.find(Node.ANY, SHACL.property, source);
        if (parents.hasNext()) {
            Node parent = parents.next().getSubject();
            var label = shapesGraph.find(parent, RDFS.label.asNode(), Node.ANY);
            String name = show(parent);
            return label.hasNext() ? name + " (" + label.next().getObject().getLiteralLexicalForm() + ")" : name;
        }
        return "an anonymous shape";
    }

    private String show(Node n) {
        if (n.isURI()) {
            String abbreviated = prefixes.abbreviate(n.getURI());
            return abbreviated != null ? abbreviated : "<" + n.getURI() + ">";
        }
        if (n.isLiteral()) {
            String lex = n.getLiteralLexicalForm();
            String dt = n.getLiteralDatatypeURI();
            String quoted = "\"" + (lex.length() > 60 ? lex.substring(0, 57) + "..." : lex) + "\"";
            if (!n.getLiteralLanguage().isEmpty()) {
                return quoted + "@" + n.getLiteralLanguage();
            }
            String dtShort = dt == null ? null : prefixes.abbreviate(dt);
            return dt == null || dt.endsWith("#string") ? quoted : quoted + "^^" + (dtShort != null ? dtShort : "<" + dt + ">");
        }
        return n.toString();
    }
}

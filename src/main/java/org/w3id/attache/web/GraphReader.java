package org.w3id.attache.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.attache.mapping.Iris;
import org.w3id.attache.mapping.Vocab;

/**
 * Reads what the pages show from the union of the stored graphs: labels, types, facts with their
 * roles and sentences. The caller holds a read transaction on the dataset while it is used.
 */
final class GraphReader {
    /** Properties of a fact node that describe it rather than name one of its roles. */
    private static final Set<Property> NOT_ROLES = Set.of(Vocab.article, Vocab.evidence, Vocab.hedged, Vocab.earliest,
            Vocab.latest, Vocab.polarity, Vocab.extractorVersion, Vocab.certainty, Vocab.tense, Vocab.rule,
            Vocab.datePrecision, Vocab.date, ResourceFactory.createProperty(Vocab.PROV, "wasDerivedFrom"));
    static final Property PUBLISHED = ResourceFactory.createProperty(Vocab.SCHEMA, "datePublished");
    private static final Property NIF_ANCHOR = ResourceFactory.createProperty(Vocab.NIF, "anchorOf");
    private static final Property NIF_BEGIN = ResourceFactory.createProperty(Vocab.NIF, "beginIndex");
    private static final Property NIF_END = ResourceFactory.createProperty(Vocab.NIF, "endIndex");
    static final Property NIF_IS_STRING = ResourceFactory.createProperty(Vocab.NIF, "isString");

    static final Node METADATA = NodeFactory.createURI(Iris.METADATA_GRAPH);

    private final DatasetGraph dataset;
    private final Model union;
    /** What one page asks again and again (the entity's own label on each of its facts), read once. */
    private final Map<String, String> labels = new HashMap<>();
    private final Map<String, Boolean> known = new HashMap<>();

    GraphReader(DatasetGraph dataset) {
        this.dataset = dataset;
        this.union = ModelFactory.createModelForGraph(dataset.getUnionGraph());
    }

    Model model() {
        return union;
    }

    Resource resource(String iri) {
        return union.createResource(iri);
    }

    /** True when the store says anything about {@code iri} as a subject. */
    boolean known(String iri) {
        return known.computeIfAbsent(iri, i -> union.contains(resource(i), null, (RDFNode) null));
    }

    /** The rdfs:label, else the IRI's last segment. */
    String label(Resource r) {
        return r.isURIResource() ? labels.computeIfAbsent(r.getURI(), i -> readLabel(r)) : readLabel(r);
    }

    private String readLabel(Resource r) {
        Statement s = r.inModel(union).getProperty(RDFS.label);
        if (s != null && s.getObject().isLiteral()) {
            return s.getString();
        }
        return r.isURIResource() ? localName(r.getURI()) : r.toString();
    }

    List<String> literals(Resource r, Property p) {
        List<String> out = new ArrayList<>();
        union.listObjectsOfProperty(r, p).forEach(o -> out.add(o.isLiteral() ? o.asLiteral().getLexicalForm() : o.toString()));
        out.sort(null);
        return out;
    }

    List<Resource> resources(Resource r, Property p) {
        List<Resource> out = new ArrayList<>();
        union.listObjectsOfProperty(r, p).forEach(o -> {
            if (o.isURIResource()) {
                out.add(o.asResource());
            }
        });
        out.sort(Comparator.comparing(Resource::getURI));
        return out;
    }

    /** The attache classes of {@code r}, by local name. */
    Set<String> types(Resource r) {
        Set<String> out = new TreeSet<>();
        union.listObjectsOfProperty(r, RDF.type).forEach(t -> {
            if (t.isURIResource() && t.asResource().getURI().startsWith(Vocab.NS)) {
                out.add(t.asResource().getLocalName());
            }
        });
        return out;
    }

    boolean hasType(Resource r, Resource type) {
        return union.contains(r, RDF.type, type);
    }

    /**
     * The facts read from {@code article} in which {@code entity} has a role, by date: found in
     * the article's own graph (one index range over what points at the entity there), else, for
     * an article the metadata gives no graph, among all the article's facts.
     */
    List<FactView> factsAbout(Resource entity, Resource article) {
        Set<Resource> facts = new TreeSet<>(Comparator.comparing(Resource::getURI));
        Optional<Node> own = articleGraph(article);
        if (own.isPresent()) {
            Graph graph = dataset.getGraph(own.get());
            graph.find(Node.ANY, Node.ANY, entity.asNode()).forEachRemaining(t -> {
                if (t.getSubject().isURI() && !NOT_ROLES.contains(union.createProperty(t.getPredicate().getURI()))
                        && graph.contains(t.getSubject(), Vocab.article.asNode(), article.asNode())) {
                    facts.add(union.createResource(t.getSubject().getURI()));
                }
            });
            return sorted(facts);
        }
        union.listSubjectsWithProperty(Vocab.article, article).forEach(f -> {
            union.listStatements(f, null, entity).forEach(s -> {
                if (!NOT_ROLES.contains(s.getPredicate())) {
                    facts.add(f);
                }
            });
        });
        return sorted(facts);
    }

    /** The named graph the metadata gives {@code article} (att:graph), if that graph is stored. */
    private Optional<Node> articleGraph(Resource article) {
        ExtendedIterator<Triple> it = dataset.getGraph(METADATA).find(article.asNode(), Vocab.graph.asNode(), Node.ANY);
        try {
            Node g = it.hasNext() ? it.next().getObject() : null;
            return g != null && g.isURI() && dataset.containsGraph(g) ? Optional.of(g) : Optional.empty();
        } finally {
            it.close();
        }
    }

    /** The articles that mention {@code entity}, newest first: {@code count} of them from the {@code from}-th, and how many there are. */
    ArticleMentions.Page articlesMentioning(Resource entity, int from, int count) {
        return new ArticleMentions(dataset, this).page(entity, from, count);
    }

    /** The articles of the facts in which {@code entity} has a role (for what no article mentions by name, a post). */
    Set<Resource> articlesOfFactsAbout(Resource entity) {
        Set<Resource> out = new HashSet<>();
        union.listStatements(null, null, entity).forEach(s -> {
            Resource article = NOT_ROLES.contains(s.getPredicate()) ? null : s.getSubject().getPropertyResourceValue(Vocab.article);
            if (article != null) {
                out.add(article);
            }
        });
        return out;
    }

    /** The article's publication date (schema:datePublished), or empty. */
    String published(Resource article) {
        return string(article, PUBLISHED).orElse("");
    }

    /** Every fact read from {@code article}, in text order. */
    List<FactView> factsOf(Resource article) {
        List<FactView> out = new ArrayList<>();
        union.listSubjectsWithProperty(Vocab.article, article).forEach(f -> out.add(fact(f)));
        out.sort(Comparator.comparingInt(FactView::begin).thenComparing(FactView::kind).thenComparing(FactView::iri));
        return out;
    }

    /** Every fact of class {@code type}, by date. */
    List<FactView> factsOfType(Resource type) {
        Set<Resource> facts = new TreeSet<>(Comparator.comparing(Resource::getURI));
        union.listSubjectsWithProperty(RDF.type, type).forEach(facts::add);
        return sorted(facts);
    }

    private List<FactView> sorted(Set<Resource> facts) {
        List<FactView> out = new ArrayList<>();
        facts.forEach(f -> out.add(fact(f)));
        out.sort(Comparator.comparing(FactView::sortDate).thenComparing(FactView::iri));
        return out;
    }

    /** The fact node {@code f} as the pages show it. */
    FactView fact(Resource f) {
        f = f.inModel(union);
        String kind = types(f).stream().filter(t -> !t.equals("Fact")).findFirst().orElse("Fact");
        List<FactView.Role> roles = new ArrayList<>();
        f.listProperties().forEach(s -> {
            if (s.getPredicate().equals(RDF.type) || NOT_ROLES.contains(s.getPredicate())) {
                return;
            }
            RDFNode o = s.getObject();
            String name = s.getPredicate().getLocalName();
            if (o.isLiteral()) {
                roles.add(new FactView.Role(name, "", o.asLiteral().getLexicalForm()));
            } else if (o.isURIResource() && known(o.asResource().getURI()) && !o.asResource().getURI().startsWith(Vocab.NS)) {
                roles.add(new FactView.Role(name, o.asResource().getURI(), label(o.asResource())));
            } else if (o.isURIResource()) {
                roles.add(new FactView.Role(name, "", conceptName(o.asResource())));
            }
        });
        roles.sort(Comparator.comparing(FactView.Role::name).thenComparing(FactView.Role::label));
        Resource span = f.getPropertyResourceValue(Vocab.evidence);
        String sentence = "";
        int begin = -1;
        int end = -1;
        if (span != null) {
            sentence = string(span, NIF_ANCHOR).orElse("");
            begin = integer(span, NIF_BEGIN);
            end = integer(span, NIF_END);
        }
        Resource certainty = f.getPropertyResourceValue(Vocab.certainty);
        Resource article = f.getPropertyResourceValue(Vocab.article);
        return new FactView(f.getURI(), kind, List.copyOf(roles), string(f, Vocab.date).orElse(""),
                string(f, Vocab.earliest).orElse(""), string(f, Vocab.latest).orElse(""),
                certainty == null ? "" : certainty.getLocalName(), f.hasProperty(Vocab.polarity, Vocab.negative),
                article == null ? "" : article.getURI(), sentence, begin, end);
    }

    /** A concept's name: {@code att:domain-military} → "military", {@code att:current} → "current". */
    private static String conceptName(Resource concept) {
        String name = localName(concept.getURI());
        int dash = name.indexOf('-');
        return dash > 0 && (name.startsWith("domain-") || name.startsWith("status-")) ? name.substring(dash + 1) : name;
    }

    Optional<String> string(Resource r, Property p) {
        Statement s = r.inModel(union).getProperty(p);
        return s == null || !s.getObject().isLiteral() ? Optional.empty() : Optional.of(s.getLiteral().getLexicalForm());
    }

    private int integer(Resource r, Property p) {
        Statement s = r.inModel(union).getProperty(p);
        if (s == null || !s.getObject().isLiteral()) {
            return -1;
        }
        Literal l = s.getLiteral();
        try {
            return Integer.parseInt(l.getLexicalForm());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }
}

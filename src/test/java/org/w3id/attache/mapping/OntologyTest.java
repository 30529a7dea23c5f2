package org.w3id.attache.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ontology declares and documents every term the pipeline writes ({@link Vocab}), and the
 * SHACL shapes accept the hand-written sample of README.md and reject broken data.
 */
class OntologyTest {
    static final Path ONTOLOGY = Path.of("ontology/attache.ttl");
    static final Path SHAPES = Path.of("ontology/shapes.ttl");
    static final Path README = Path.of("ontology/README.md");
    static final Path SAMPLE = Path.of("src/test/resources/model/sample.trig");

    static final List<String> DOMAINS = List.of("military", "economic", "security", "nuclear", "energy", "trade",
            "diplomatic", "other");
    static final List<String> STATUSES = List.of("discussed", "agreed", "signed", "planned", "ongoing", "not-started",
            "requested");
    static final List<String> ARMS = List.of("fighter-aircraft", "attack-helicopter", "helicopter", "transport-aircraft",
            "trainer-aircraft", "aircraft", "tank", "armoured-vehicle", "artillery", "rocket-artillery", "missile",
            "air-defence", "radar", "drone", "mines", "small-arms", "ammunition", "warship", "submarine",
            "electronic-warfare", "weapons", "military-equipment", "non-military-aid", "goods");

    static final String ONTOLOGY_IRI = "https://w3id.org/attache/ontology";
    static final String FACT_KEY = "https://w3id.org/attache/id/fact/5d41402abc4b/";
    static final String ARTICLE = "https://w3id.org/attache/id/article/5d41402abc4b";

    static Model ontology;
    static Shapes shapes;

    @BeforeAll
    static void load() {
        ontology = RDFDataMgr.loadModel(ONTOLOGY.toString());
        shapes = Shapes.parse(RDFDataMgr.loadGraph(SHAPES.toString()));
    }

    // ---- the ontology ----------------------------------------------------------------------

    @Test
    void ontologyHeader() {
        Resource ont = ontology.createResource(ONTOLOGY_IRI);
        assertTrue(ont.hasProperty(RDF.type, OWL.Ontology), "owl:Ontology " + ONTOLOGY_IRI);
        assertEquals("0.1.0", ont.getProperty(OWL.versionInfo).getString());
        Property license = ontology.createProperty("http://purl.org/dc/terms/license");
        assertTrue(ont.hasProperty(license), "dcterms:license");
        assertTrue(ont.getProperty(license).getObject().toString().contains("GPL-3.0-or-later"));
    }

    /** Every public Resource/Property constant of Vocab is declared and documented. */
    @Test
    void everyVocabTermIsDeclared() throws IllegalAccessException {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Field f : Vocab.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || !Resource.class.isAssignableFrom(f.getType())) {
                continue;
            }
            Resource term = (Resource) f.get(null);
            checked++;
            Resource r = ontology.createResource(term.getURI());
            if (term instanceof Property) {
                if (!(r.hasProperty(RDF.type, OWL.ObjectProperty) || r.hasProperty(RDF.type, OWL.DatatypeProperty))) {
                    problems.add(f.getName() + ": not an owl:ObjectProperty or owl:DatatypeProperty");
                }
                documented(r, problems);
            } else if (r.hasProperty(RDF.type, SKOS.Concept)) {
                concept(r, problems);
            } else if (r.hasProperty(RDF.type, OWL.Class)) {
                documented(r, problems);
            } else {
                problems.add(f.getName() + ": " + term.getURI() + " is neither an owl:Class nor a skos:Concept");
            }
        }
        assertTrue(checked > 80, "reflection found only " + checked + " terms");
        assertEquals(List.of(), problems);
    }

    @Test
    void conceptFamilies() {
        List<String> problems = new ArrayList<>();
        for (String d : DOMAINS) {
            inScheme(Vocab.domainConcept(d), "CooperationDomains", problems);
        }
        for (String s : STATUSES) {
            inScheme(Vocab.statusConcept(s), "AgreementStatuses", problems);
        }
        for (String a : ARMS) {
            inScheme(Vocab.armsConcept(a), "ArmsCategories", problems);
        }
        for (Resource c : List.of(Vocab.certain, Vocab.probable, Vocab.possible)) {
            inScheme(c, "CertaintyValues", problems);
            if (!ontology.createResource(c.getURI()).hasProperty(SKOS.closeMatch)) {
                problems.add(c.getLocalName() + ": no skos:closeMatch to GRaSP factuality");
            }
        }
        assertEquals(List.of(), problems);
    }

    /** Every arms category other than the two civilian ones lies under military equipment. */
    @Test
    void armsHierarchy() {
        Resource top = ontology.createResource(Vocab.armsConcept("military-equipment").getURI());
        for (String a : ARMS) {
            if (a.equals("military-equipment") || a.equals("non-military-aid") || a.equals("goods")) {
                continue;
            }
            Resource c = ontology.createResource(Vocab.armsConcept(a).getURI());
            Set<Resource> seen = new java.util.HashSet<>();
            while (c != null && !c.equals(top) && seen.add(c)) {
                Resource next = c.getPropertyResourceValue(SKOS.broader);
                c = next;
            }
            assertEquals(top, c, a + " is not under military-equipment");
        }
        assertTrue(ontology.createResource(Vocab.armsConcept("fighter-aircraft").getURI())
                .hasProperty(SKOS.broader, ontology.createResource(Vocab.armsConcept("aircraft").getURI())));
    }

    /** Every class and property the ontology defines has an English label and comment. */
    @Test
    void everyDeclaredTermIsDocumented() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Resource type : List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)) {
            for (Resource r : ontology.listSubjectsWithProperty(RDF.type, type).toList()) {
                if (r.isAnon()) {
                    continue;
                }
                assertTrue(r.getURI().startsWith(Vocab.NS), "declares a foreign term: " + r);
                documented(r, problems);
                checked++;
            }
        }
        for (Resource r : ontology.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList()) {
            concept(r, problems);
            checked++;
        }
        assertTrue(checked > 120, "only " + checked + " terms");
        assertEquals(List.of(), problems);
    }

    /** Every att: term that README.md or the sample uses is declared. */
    @Test
    void readmeAndSampleUseDeclaredTerms() throws IOException {
        Set<String> used = new TreeSet<>();
        Matcher m = Pattern.compile("att:([A-Za-z][A-Za-z0-9-]*[A-Za-z0-9])(?![A-Za-z0-9{-])")
                .matcher(Files.readString(README, StandardCharsets.UTF_8));
        while (m.find()) {
            used.add(Vocab.NS + m.group(1));
        }
        DatasetGraph sample = RDFDataMgr.loadDatasetGraph(SAMPLE.toString());
        sample.find().forEachRemaining(q -> {
            for (Node n : List.of(q.getPredicate(), q.getObject())) {
                if (n.isURI() && n.getURI().startsWith(Vocab.NS)) {
                    used.add(n.getURI());
                }
            }
        });
        List<String> missing = used.stream()
                .filter(uri -> !ontology.listStatements(ontology.createResource(uri), RDF.type, (RDFNode) null).hasNext())
                .collect(Collectors.toList());
        assertEquals(List.of(), missing);
    }

    // ---- the shapes ------------------------------------------------------------------------

    @Test
    void sampleConforms() {
        ValidationReport report = ShaclValidator.get().validate(shapes, sampleUnion());
        assertTrue(report.conforms(), () -> "sample.trig does not conform:\n" + describe(report));
    }

    /** No rule on a fact, and a span whose begin lies after its end: exactly those two nodes fail. */
    @Test
    void brokenSampleFails() {
        Graph data = sampleUnion();
        Node fact = NodeFactory.createURI(FACT_KEY + "8f14e45fceea167a");
        Node span = NodeFactory.createURI(ARTICLE + "#char=117,199");
        Node rule = NodeFactory.createURI(Vocab.rule.getURI());
        Node begin = NodeFactory.createURI(Vocab.NIF + "beginIndex");
        assertTrue(data.contains(fact, rule, Node.ANY));
        data.remove(fact, rule, Node.ANY);
        data.remove(span, begin, Node.ANY);
        data.add(Triple.create(span, begin, NodeFactory.createLiteralDT("300", XSDDatatype.XSDnonNegativeInteger)));

        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        assertFalse(report.conforms());
        Set<Node> focus = report.getEntries().stream().map(ReportEntry::focusNode).collect(Collectors.toSet());
        assertEquals(Set.of(fact, span), focus, () -> describe(report));
        assertTrue(report.getEntries().stream()
                .anyMatch(e -> e.focusNode().equals(fact) && e.resultPath() != null
                        && e.resultPath().toString().contains("rule")), () -> describe(report));
        assertTrue(report.getEntries().stream()
                .anyMatch(e -> e.focusNode().equals(span) && e.resultPath() != null
                        && e.resultPath().toString().contains("beginIndex")), () -> describe(report));
    }

    /** Role, vocabulary and datatype errors that the mapping could make are caught. */
    @Test
    void shapesCatchMappingMistakes() {
        Graph data = sampleUnion();
        Node meeting = NodeFactory.createURI(FACT_KEY + "d3d9446802a44259");
        Node holding = NodeFactory.createURI(FACT_KEY + "c9f0f895fb98ab91");
        Node agreement = NodeFactory.createURI(FACT_KEY + "c20ad4d76fe97759");
        Node attendance = NodeFactory.createURI(FACT_KEY + "aab9e1de16f38176");
        Node putin = NodeFactory.createURI("https://w3id.org/attache/id/person/vladimir-putin");
        Node russia = NodeFactory.createURI("https://w3id.org/attache/id/state/russia");
        // a meeting with one participant
        data.remove(meeting, uri(Vocab.participant), putin);
        // a post holder that is a state, not a person
        data.remove(holding, uri(Vocab.holder), Node.ANY);
        data.add(Triple.create(holding, uri(Vocab.holder), russia));
        // an agreement status outside the scheme
        data.remove(agreement, uri(Vocab.agreementStatus), Node.ANY);
        data.add(Triple.create(agreement, uri(Vocab.agreementStatus), NodeFactory.createURI(Vocab.NS + "status-proposed")));
        // a year written as a plain string, and a precision that does not match
        data.remove(attendance, uri(Vocab.date), Node.ANY);
        data.add(Triple.create(attendance, uri(Vocab.date), NodeFactory.createLiteralString("2025")));
        Node gyear = NodeFactory.createURI(FACT_KEY + "c51ce410c124a10e");
        data.remove(gyear, uri(Vocab.datePrecision), Node.ANY);
        data.add(Triple.create(gyear, uri(Vocab.datePrecision), NodeFactory.createURI(Vocab.TIME + "unitYear")));

        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        Set<Node> focus = report.getEntries().stream().map(ReportEntry::focusNode).collect(Collectors.toSet());
        assertEquals(Set.of(meeting, holding, agreement, attendance, gyear), focus, () -> describe(report));
    }

    @Test
    void shapesTargetEveryFactClass() {
        Graph g = RDFDataMgr.loadGraph(SHAPES.toString());
        Node factShape = NodeFactory.createURI("https://w3id.org/attache/shapes#FactShape");
        Node targetClass = NodeFactory.createURI("http://www.w3.org/ns/shacl#targetClass");
        for (Resource c : List.of(Vocab.Visit, Vocab.Meeting, Vocab.PostHolding, Vocab.Cooperation, Vocab.Agreement,
                Vocab.ArmsTransfer, Vocab.Statement, Vocab.Attendance, Vocab.Delegation)) {
            if (!g.contains(factShape, targetClass, uri(c))) {
                fail("FactShape does not target " + c.getLocalName());
            }
        }
    }

    // ---- helpers ---------------------------------------------------------------------------

    /** The union of the sample's graphs, as a fresh graph that a test may change. */
    static Graph sampleUnion() {
        DatasetGraph dsg = RDFDataMgr.loadDatasetGraph(SAMPLE.toString());
        Graph g = GraphFactory.createDefaultGraph();
        dsg.getUnionGraph().find().forEachRemaining(g::add);
        return g;
    }

    private static Node uri(Resource r) {
        return NodeFactory.createURI(r.getURI());
    }

    private static void documented(Resource r, List<String> problems) {
        if (!hasEnglish(r, RDFS.label)) {
            problems.add(r.getURI() + ": no English rdfs:label");
        }
        if (!hasEnglish(r, RDFS.comment)) {
            problems.add(r.getURI() + ": no English rdfs:comment");
        }
    }

    private static void concept(Resource r, List<String> problems) {
        if (!hasEnglish(r, SKOS.prefLabel)) {
            problems.add(r.getURI() + ": no English skos:prefLabel");
        }
        if (!hasEnglish(r, SKOS.definition)) {
            problems.add(r.getURI() + ": no English skos:definition");
        }
        if (!r.hasProperty(SKOS.inScheme)) {
            problems.add(r.getURI() + ": no skos:inScheme");
        }
    }

    private static void inScheme(Resource concept, String scheme, List<String> problems) {
        Resource r = ontology.createResource(concept.getURI());
        if (!r.hasProperty(RDF.type, SKOS.Concept)) {
            problems.add(concept.getURI() + ": not a skos:Concept");
            return;
        }
        if (!r.hasProperty(SKOS.inScheme, ontology.createResource(Vocab.NS + scheme))) {
            problems.add(concept.getURI() + ": not in att:" + scheme);
        }
        concept(r, problems);
    }

    private static boolean hasEnglish(Resource r, Property p) {
        return r.listProperties(p).toList().stream()
                .anyMatch(s -> s.getObject().isLiteral() && "en".equals(s.getLiteral().getLanguage())
                        && !s.getString().isBlank());
    }

    private static String describe(ValidationReport report) {
        StringBuilder out = new StringBuilder();
        for (ReportEntry e : report.getEntries()) {
            out.append("  ").append(e.focusNode()).append(' ').append(e.resultPath()).append(": ").append(e.message())
                    .append('\n');
        }
        return out.toString();
    }
}

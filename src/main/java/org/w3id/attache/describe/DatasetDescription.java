package org.w3id.attache.describe;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.w3id.attache.mapping.Iris;
import org.w3id.attache.mapping.Vocab;

/**
 * A VoID and DCAT description of the store ({@code ontology-standards.md} §6, §9.4): triples,
 * (quads over all named graphs, as {@code stats} counts them), entities, facts by class, articles, temporal coverage of the facts, licence, vocabularies used,
 * the Wikidata linkset and, when served, the SPARQL endpoint. Every count is made here with SPARQL
 * over the named graphs, independently of {@code stats}, so that the two can check each other.
 *
 * <pre>
 * Model m = DatasetDescription.create().endpoint("http://127.0.0.1:3030/attache/sparql").describe(dsg);
 * </pre>
 */
public final class DatasetDescription {
    public static final String VOID = "http://rdfs.org/ns/void#";
    /** Licence stated when none is given: the project's. */
    public static final String DEFAULT_LICENSE = "https://spdx.org/licenses/GPL-3.0-or-later";
    static final List<Resource> FACT_CLASSES = List.of(Vocab.Visit, Vocab.Meeting, Vocab.PostHolding, Vocab.Cooperation,
            Vocab.Agreement, Vocab.ArmsTransfer, Vocab.Statement, Vocab.Attendance, Vocab.Delegation);

    private final String endpoint;
    private final String license;
    private final String base;

    private DatasetDescription(String endpoint, String license, String base) {
        this.endpoint = endpoint;
        this.license = license;
        this.base = base;
    }

    /** A description with the default licence, the default instance base and no endpoint. */
    public static DatasetDescription create() {
        return new DatasetDescription(null, DEFAULT_LICENSE, Iris.DEFAULT_BASE);
    }

    /** The SPARQL endpoint to advertise (an absolute http(s) URL), or null for none. */
    public DatasetDescription endpoint(String url) {
        if (url != null && !url.matches("^https?://\\S+$")) {
            throw new IllegalArgumentException("endpoint must be an http(s) URL: " + url);
        }
        return new DatasetDescription(url, license, base);
    }

    /** The licence IRI to state, e.g. {@code https://creativecommons.org/licenses/by/4.0/}. */
    public DatasetDescription license(String iri) {
        if (iri == null || !iri.matches("^https?://\\S+$")) {
            throw new IllegalArgumentException("licence must be an http(s) IRI: " + iri);
        }
        return new DatasetDescription(endpoint, iri, base);
    }

    /** The description of {@code data}; call inside a read transaction. */
    public Model describe(DatasetGraph data) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", VOID).setNsPrefix("dcat", DCAT.NS).setNsPrefix("dcterms", DCTerms.NS)
                .setNsPrefix("xsd", XSD.NS).setNsPrefix("att", Vocab.NS).setNsPrefix("skos", SKOS.uri)
                .setNsPrefix("sd", "http://www.w3.org/ns/sparql-service-description#");
        Resource dataset = m.createResource(base + "dataset")
                .addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, m.createLiteral("attache knowledge graph of relations between states", "en"))
                .addProperty(DCTerms.description, m.createLiteral("Visits, meetings, posts, cooperation, agreements, arms transfers, "
                        + "statements, attendance and delegations extracted from English news by attache; one named graph per article. "
                        + "Article texts quoted in nif:isString and nif:anchorOf remain their publishers'.", "en"))
                .addProperty(DCTerms.license, m.createResource(license))
                .addProperty(DCTerms.conformsTo, m.createResource("https://w3id.org/attache/ontology"))
                .addProperty(DCTerms.conformsTo, m.createResource("https://w3id.org/attache/shapes"))
                .addProperty(p(m, "uriSpace"), base);

        long quads = count(data, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        dataset.addLiteral(p(m, "triples"), typed(m, quads));
        long articles = count(data, "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH <" + Iris.METADATA_GRAPH + "> { ?a a <" + Vocab.Article.getURI() + "> } }");
        dataset.addLiteral(p(m, "documents"), typed(m, articles));
        long entities = count(data, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH <" + Iris.ENTITIES_GRAPH + "> { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l } }");
        dataset.addLiteral(p(m, "entities"), typed(m, entities));
        partition(m, dataset, Vocab.Article, articles);
        for (Resource cls : FACT_CLASSES) {
            long n = count(data, "SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE { GRAPH ?g { ?f a <" + cls.getURI() + "> } }");
            partition(m, dataset, cls, n);
        }
        temporal(m, dataset, data);
        vocabularies(m, dataset, data);
        linkset(m, dataset, data);
        if (endpoint != null) {
            Resource service = m.createResource(base + "sparql-service")
                    .addProperty(RDF.type, m.createResource("http://www.w3.org/ns/sparql-service-description#Service"))
                    .addProperty(m.createProperty("http://www.w3.org/ns/sparql-service-description#endpoint"), m.createResource(endpoint));
            dataset.addProperty(p(m, "sparqlEndpoint"), m.createResource(endpoint));
            Resource distribution = m.createResource(base + "dataset#sparql")
                    .addProperty(RDF.type, DCAT.Distribution)
                    .addProperty(DCAT.accessURL, m.createResource(endpoint))
                    .addProperty(DCAT.accessService, service);
            dataset.addProperty(DCAT.distribution, distribution);
        }
        return m;
    }

    private static void partition(Model m, Resource dataset, Resource cls, long n) {
        Resource part = m.createResource(dataset.getURI() + "#class-" + cls.getLocalName())
                .addProperty(p(m, "class"), cls)
                .addLiteral(p(m, "entities"), typed(m, n));
        dataset.addProperty(p(m, "classPartition"), part);
    }

    /** dcterms:temporal: the earliest and latest day any fact can fall on. */
    private static void temporal(Model m, Resource dataset, DatasetGraph data) {
        String q = "SELECT (MIN(?e) AS ?start) (MAX(?l) AS ?end) WHERE { GRAPH ?g { ?f <" + Vocab.earliest.getURI() + "> ?e ; <"
                + Vocab.latest.getURI() + "> ?l } }";
        try (QueryExecution qe = QueryExecution.create(q, DatasetFactory.wrap(data))) {
            QuerySolution row = qe.execSelect().next();
            if (row.contains("start") && row.contains("end")) {
                Resource period = m.createResource(dataset.getURI() + "#temporal")
                        .addProperty(RDF.type, DCTerms.PeriodOfTime)
                        .addProperty(DCAT.startDate, row.getLiteral("start"))
                        .addProperty(DCAT.endDate, row.getLiteral("end"));
                dataset.addProperty(DCTerms.temporal, period);
            }
        }
    }

    /** void:vocabulary: the namespace of every predicate and class used. */
    private static void vocabularies(Model m, Resource dataset, DatasetGraph data) {
        TreeSet<String> namespaces = new TreeSet<>();
        String q = "SELECT DISTINCT ?t WHERE { { GRAPH ?g { ?s ?t ?o } } UNION { GRAPH ?g { ?s a ?t } } }";
        try (QueryExecution qe = QueryExecution.create(q, DatasetFactory.wrap(data))) {
            qe.execSelect().forEachRemaining(row -> {
                if (row.get("t").isURIResource()) {
                    namespaceOf(row.getResource("t").getURI()).ifPresent(namespaces::add);
                }
            });
        }
        namespaces.forEach(ns -> dataset.addProperty(p(m, "vocabulary"), m.createResource(ns)));
    }

    private static Optional<String> namespaceOf(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut > 0 ? Optional.of(iri.substring(0, cut + 1)) : Optional.empty();
    }

    /** The links of entities to Wikidata, as a void:Linkset. */
    private static void linkset(Model m, Resource dataset, DatasetGraph data) {
        long links = count(data, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + Iris.ENTITIES_GRAPH + "> { ?e <" + SKOS.exactMatch.getURI()
                + "> ?w FILTER STRSTARTS(STR(?w), \"" + Vocab.WD + "\") } }");
        Resource linkset = m.createResource(dataset.getURI() + "#wikidata-links")
                .addProperty(RDF.type, m.createResource(VOID + "Linkset"))
                .addProperty(p(m, "linkPredicate"), SKOS.exactMatch)
                .addProperty(p(m, "subjectsTarget"), dataset)
                .addProperty(p(m, "objectsTarget"), m.createResource("http://www.wikidata.org/"))
                .addLiteral(p(m, "triples"), typed(m, links));
        dataset.addProperty(p(m, "subset"), linkset);
    }

    private static long count(DatasetGraph data, String query) {
        try (QueryExecution qe = QueryExecution.create(query, DatasetFactory.wrap(data))) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }

    private static Property p(Model m, String local) {
        return m.createProperty(VOID + local);
    }

    private static Literal typed(Model m, long n) {
        return m.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }
}

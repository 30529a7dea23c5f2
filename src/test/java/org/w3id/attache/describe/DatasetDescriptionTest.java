package org.w3id.attache.describe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.w3id.attache.imports.ExchangeFixtures;
import org.w3id.attache.mapping.Vocab;
import org.w3id.attache.store.Store;

/** The VoID + DCAT description of the two-article fixture: it parses, and its counts agree with {@code stats}. */
class DatasetDescriptionTest {
    static final String VOID = DatasetDescription.VOID;

    static Model describe(DatasetDescription d) {
        try (Store store = ExchangeFixtures.storeWithTwoArticles()) {
            return store.read(ds -> d.describe(ds.asDatasetGraph()));
        }
    }

    static long number(Model m, Resource s, String voidProperty) {
        return m.getRequiredProperty(s, m.createProperty(VOID + voidProperty)).getLong();
    }

    @Test
    void countsAgreeWithStats() {
        Map<String, Long> stats;
        Model m;
        try (Store store = ExchangeFixtures.storeWithTwoArticles()) {
            stats = store.stats();
            m = store.read(ds -> DatasetDescription.create().describe(ds.asDatasetGraph()));
        }
        Resource dataset = m.createResource(Vocab.NS.replace("ontology#", "id/") + "dataset");
        assertEquals(stats.get("quads"), number(m, dataset, "triples"));
        assertEquals(stats.get("articles"), number(m, dataset, "documents"));
        assertEquals(stats.get("entity labels"), number(m, dataset, "entities"));
        for (Resource cls : DatasetDescription.FACT_CLASSES) {
            Resource part = m.createResource(dataset.getURI() + "#class-" + cls.getLocalName());
            assertEquals(stats.get(cls.getLocalName()), number(m, part, "entities"), cls.getLocalName());
        }
        // by hand from two-articles.trig
        assertEquals(2, number(m, dataset, "documents"));
        assertEquals(7, number(m, dataset, "entities"));
        assertEquals(2, number(m, m.createResource(dataset.getURI() + "#class-Visit"), "entities"));
        assertEquals(3, number(m, m.createResource(dataset.getURI() + "#wikidata-links"), "triples"));
    }

    @Test
    void temporalCoverageRunsFromTheEarliestToTheLatestDayOfAnyFact() {
        Model m = describe(DatasetDescription.create());
        Resource period = m.createResource(Vocab.NS.replace("ontology#", "id/") + "dataset#temporal");
        assertEquals("2025-03-04", m.getRequiredProperty(period, DCAT.startDate).getString());
        assertEquals("2025-04-30", m.getRequiredProperty(period, DCAT.endDate).getString());
    }

    @Test
    void itParsesAsTurtleAndNamesLicenceVocabulariesAndEndpoint() {
        Model m = describe(DatasetDescription.create().endpoint("http://127.0.0.1:3030/attache/sparql")
                .license("https://creativecommons.org/licenses/by/4.0/"));
        StringWriter turtle = new StringWriter();
        RDFDataMgr.write(turtle, m, Lang.TURTLE);
        Model parsed = ModelFactory.createDefaultModel();
        RDFDataMgr.read(parsed, new StringReader(turtle.toString()), null, Lang.TURTLE);
        assertTrue(parsed.isIsomorphicWith(m));
        Resource dataset = parsed.createResource(Vocab.NS.replace("ontology#", "id/") + "dataset");
        assertTrue(parsed.contains(dataset, DCTerms.license, parsed.createResource("https://creativecommons.org/licenses/by/4.0/")));
        Property vocabulary = parsed.createProperty(VOID + "vocabulary");
        for (String ns : new String[] {Vocab.NS, Vocab.NIF, Vocab.PROV, Vocab.SCHEMA, Vocab.SKOS}) {
            assertTrue(parsed.contains(dataset, vocabulary, parsed.createResource(ns)), ns);
        }
        assertTrue(parsed.contains(dataset, parsed.createProperty(VOID + "sparqlEndpoint"),
                parsed.createResource("http://127.0.0.1:3030/attache/sparql")));
    }

    @Test
    void withoutAnEndpointNoneIsAdvertised() {
        Model m = describe(DatasetDescription.create());
        assertFalse(m.listSubjectsWithProperty(m.createProperty(VOID + "sparqlEndpoint")).hasNext());
    }

    @Test
    void aLicenceOrEndpointThatIsNotAnHttpIriIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> DatasetDescription.create().license("CC-BY"));
        assertThrows(IllegalArgumentException.class, () -> DatasetDescription.create().endpoint("localhost:3030"));
    }
}

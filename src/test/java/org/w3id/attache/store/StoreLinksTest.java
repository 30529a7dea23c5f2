package org.w3id.attache.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.w3id.attache.mapping.ArticleGraphs;
import org.w3id.attache.mapping.Iris;
import org.w3id.attache.mapping.Vocab;
import org.w3id.attache.mapping.WikidataLink;

/** Links found online survive re-ingesting the article; removing the article drops them with the entity. */
class StoreLinksTest {
    static final String URL = "https://news.example.org/links";
    static final String PERSON = Iris.DEFAULT_BASE + "person/vladimir-putin";

    static ArticleGraphs article() {
        Iris iris = Iris.standard();
        String key = "feedc0ffee01";
        Model facts = ModelFactory.createDefaultModel();
        facts.createResource(iris.article(key)).addProperty(Vocab.mentions, facts.createResource(PERSON));
        Model meta = ModelFactory.createDefaultModel();
        meta.createResource(iris.article(key)).addProperty(RDF.type, Vocab.Article)
                .addLiteral(meta.createProperty(Vocab.SCHEMA + "url"), meta.createTypedLiteral(URL, org.apache.jena.datatypes.xsd.XSDDatatype.XSDanyURI))
                .addProperty(Vocab.graph, meta.createResource(Iris.articleGraph(key)));
        Model entities = ModelFactory.createDefaultModel();
        entities.createResource(PERSON).addProperty(RDF.type, Vocab.Person).addProperty(RDFS.label, "Vladimir Putin");
        return new ArticleGraphs(URL, key, Iris.articleGraph(key), facts, meta, entities, 0);
    }

    static boolean has(Store s, String subject) {
        Node g = NodeFactory.createURI(Iris.ENTITIES_GRAPH);
        return s.read(ds -> ds.asDatasetGraph().find(g, NodeFactory.createURI(subject), Node.ANY, Node.ANY).hasNext());
    }

    @Test
    void onlineLinksSurviveReingestAndGoWithTheEntity() {
        try (Store s = Store.inMemory()) {
            s.put(article());
            Model link = ModelFactory.createDefaultModel();
            Resource person = link.createResource(PERSON);
            new WikidataLink("Q7747", WikidataLink.SPARQL, new BigDecimal("0.90"), Instant.parse("2026-11-29T01:00:00Z"),
                    "https://query.wikidata.org/sparql").writeOn(link, person);
            s.addToEntities(link);
            s.put(article());
            Node g = NodeFactory.createURI(Iris.ENTITIES_GRAPH);
            boolean kept = s.read(ds -> ds.asDatasetGraph().contains(g, NodeFactory.createURI(PERSON),
                    org.apache.jena.vocabulary.SKOS.exactMatch.asNode(), NodeFactory.createURI(Vocab.WD + "Q7747")));
            assertTrue(kept, "re-ingest lost the online link");
            assertTrue(has(s, PERSON + WikidataLink.RECORD_FRAGMENT), "re-ingest lost the link record");
            s.remove(URL);
            assertFalse(has(s, PERSON));
            assertFalse(has(s, PERSON + WikidataLink.RECORD_FRAGMENT), "the link record outlived its entity");
        }
    }
}

package org.w3id.attache.wikidata;

import java.time.LocalDate;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.attache.mapping.Iris;
import org.w3id.attache.mapping.Vocab;
import org.w3id.attache.store.Store;

/**
 * The Wikidata-shaped view of the store ({@code ontology-standards.md} §5.2, §8(g)): each
 * {@link PositionStatement} as {@code wdt:P39} plus a {@code p:P39} statement node with
 * {@code ps:P39}, {@code pq:P580} and its {@code pqv:P580} time value (precision kept),
 * {@code pq:P582} "unknown value" for a post no longer held, and a reference ({@code pr:P854}
 * article url, {@code pr:P813} retrieved). People and posts appear as {@code wd:Q…} when linked,
 * as attache IRIs otherwise; a linked person gets its English label, as on Wikidata. Derived data: rebuilt whole, never edited.
 */
public final class WikidataView {
    public static final String GRAPH = Iris.GRAPH_BASE + "wikidata-view";

    static final String WDT = "http://www.wikidata.org/prop/direct/";
    static final String P = "http://www.wikidata.org/prop/";
    static final String PS = P + "statement/";
    static final String PQ = P + "qualifier/";
    static final String PQV = P + "qualifier/value/";
    static final String PR = P + "reference/";
    static final String WIKIBASE = "http://wikiba.se/ontology#";
    /** The proleptic Gregorian calendar, Wikidata's calendar model for modern dates. */
    static final String GREGORIAN = Vocab.WD + "Q1985727";

    private WikidataView() {
    }

    /** Rebuilds the view graph of a store from its facts, in one write; after ingest, remove and link. */
    public static void rebuild(Store store) {
        store.replaceGraph(GRAPH, store.read(WikidataView::build));
    }

    /** Builds the view from the store's facts; call inside a read transaction. */
    public static Model build(Dataset ds) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("wd", Vocab.WD).setNsPrefix("wdt", WDT).setNsPrefix("p", P).setNsPrefix("ps", PS)
                .setNsPrefix("pq", PQ).setNsPrefix("pqv", PQV).setNsPrefix("pr", PR).setNsPrefix("wikibase", WIKIBASE);
        for (PositionStatement s : PositionStatements.read(ds)) {
            add(m, s);
        }
        return m;
    }

    private static void add(Model m, PositionStatement s) {
        Resource person = m.createResource(s.holderQid().isEmpty() ? s.holder() : Vocab.WD + s.holderQid());
        if (!s.holderQid().isEmpty()) {
            person.addProperty(RDFS.label, m.createLiteral(s.holderLabel(), "en")); // an attache entity has its label already
        }
        Resource post = m.createResource(s.postQid().isEmpty() ? s.post() : Vocab.WD + s.postQid());
        person.addProperty(m.createProperty(WDT, "P39"), post);
        Resource statement = m.createResource(s.fact() + "#P39")
                .addProperty(RDF.type, m.createResource(WIKIBASE + "Statement"))
                .addProperty(RDF.type, m.createResource(WIKIBASE + "BestRank"))
                .addProperty(m.createProperty(WIKIBASE, "rank"), m.createResource(WIKIBASE + "NormalRank"))
                .addProperty(m.createProperty(PS, "P39"), post);
        person.addProperty(m.createProperty(P, "P39"), statement);
        if (s.start() != null) {
            statement.addLiteral(m.createProperty(PQ, "P580"), m.createTypedLiteral(s.start().rdfValue(), XSDDatatype.XSDdateTime));
            statement.addProperty(m.createProperty(PQV, "P580"), m.createResource(s.fact() + "#P580")
                    .addProperty(RDF.type, m.createResource(WIKIBASE + "TimeValue"))
                    .addLiteral(m.createProperty(WIKIBASE, "timeValue"), m.createTypedLiteral(s.start().rdfValue(), XSDDatatype.XSDdateTime))
                    .addLiteral(m.createProperty(WIKIBASE, "timePrecision"), m.createTypedLiteral(String.valueOf(s.start().precision()), XSDDatatype.XSDinteger))
                    .addLiteral(m.createProperty(WIKIBASE, "timeTimezone"), m.createTypedLiteral("0", XSDDatatype.XSDinteger))
                    .addProperty(m.createProperty(WIKIBASE, "timeCalendarModel"), m.createResource(GREGORIAN)));
        }
        if (s.former()) {
            statement.addProperty(m.createProperty(PQ, "P582"), m.createResource());
        }
        statement.addProperty(m.createProperty(Vocab.PROV, "wasDerivedFrom"), m.createResource(s.fact() + "#reference")
                .addProperty(RDF.type, m.createResource(WIKIBASE + "Reference"))
                .addProperty(m.createProperty(PR, "P854"), m.createResource(s.source()))
                .addLiteral(m.createProperty(PR, "P813"), m.createTypedLiteral(day(s.retrieved()), XSDDatatype.XSDdateTime)));
    }

    private static String day(LocalDate d) {
        return new WikidataTime(d, 11).rdfValue();
    }
}

package org.w3id.attache.mapping;

import java.math.BigDecimal;
import java.time.Instant;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * A link from an attache entity to a Wikidata item, written as {@code skos:exactMatch} on the
 * entity plus an {@code att:EntityLink} record of its method, score and, for links found online,
 * time and endpoint ({@code ontology-standards.md} §5.3, §8(g)). The record's IRI is the
 * entity's with the fragment {@code #wikidata-link}, so an entity has one record and the store
 * can find it from the entity.
 *
 * @param qid the Wikidata item id, e.g. {@code Q7747}
 * @param method {@link #GAZETTEER} or {@link #SPARQL}
 * @param score between 0 and 1
 * @param time when an online link was made, or null for a gazetteer link
 * @param endpoint the SPARQL endpoint of an online link, or null for a gazetteer link
 */
public record WikidataLink(String qid, String method, BigDecimal score, Instant time, String endpoint) {
    public static final String GAZETTEER = "gazetteer";
    public static final String SPARQL = "wikidata-sparql";
    public static final String RECORD_FRAGMENT = "#wikidata-link";

    public WikidataLink {
        if (qid == null || !qid.matches("Q[1-9][0-9]*")) {
            throw new IllegalArgumentException("not a Wikidata item id: " + qid);
        }
        if (score == null || score.signum() < 0 || score.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("link score must be between 0 and 1: " + score);
        }
        if (SPARQL.equals(method) && (time == null || endpoint == null)) {
            throw new IllegalArgumentException("an online link needs its time and endpoint");
        }
        if (!SPARQL.equals(method) && !GAZETTEER.equals(method)) {
            throw new IllegalArgumentException("unknown link method: " + method);
        }
    }

    /** A link read from a verified id in the gazetteer. */
    public static WikidataLink fromGazetteer(String qid) {
        return new WikidataLink(qid, GAZETTEER, BigDecimal.ONE, null, null);
    }

    /**
     * The canonical lexical form of an xsd:decimal ("0.9", "1.0"): TDB2 stores decimals by value
     * in canonical form, and a triple written as "0.90" could not be deleted by the form it reads back.
     */
    static String canonical(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() <= 0 ? s.setScale(1).toPlainString() : s.toPlainString();
    }

    /** Writes the link and its record on {@code entity} into {@code m}. */
    public void writeOn(Model m, Resource entity) {
        Resource item = m.createResource(Vocab.WD + qid);
        Resource subject = m.createResource(entity.getURI());
        subject.addProperty(SKOS.exactMatch, item);
        Resource record = m.createResource(entity.getURI() + RECORD_FRAGMENT)
                .addProperty(RDF.type, Vocab.EntityLink)
                .addProperty(Vocab.linkedEntity, subject)
                .addProperty(Vocab.linkTarget, item)
                .addProperty(Vocab.linkMethod, method)
                .addLiteral(Vocab.linkScore, m.createTypedLiteral(canonical(score), XSDDatatype.XSDdecimal));
        if (time != null) {
            record.addLiteral(m.createProperty(Vocab.PROV + "generatedAtTime"), m.createTypedLiteral(time.toString(), XSDDatatype.XSDdateTime));
        }
        if (endpoint != null) {
            record.addProperty(Vocab.linkEndpoint, m.createResource(endpoint));
        }
    }
}

package org.w3id.attache.wikidata;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.w3id.attache.mapping.Vocab;

/**
 * Reads the store's post-holding facts as {@link PositionStatement}s. A fact has a start time
 * only when the rule that found it reads an appointment ("was named foreign minister in May":
 * rules {@code position.named…}); for every other rule the fact's date is when the post was held,
 * not when the holding began. Call inside a read transaction.
 */
public final class PositionStatements {
    /** Rules whose fact date is the start of the holding. */
    static final String APPOINTMENT_RULES = org.w3id.attache.events.Tenures.APPOINTMENT_RULES;

    private static final String QUERY = """
            PREFIX att: <https://w3id.org/attache/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX schema: <http://schema.org/>
            SELECT ?f ?holder ?holderLabel ?holderQ ?post ?postLabel ?postQ ?rule ?date ?status ?url ?ingested WHERE {
              ?f a att:PostHolding ; att:holder ?holder ; att:post ?post ; att:rule ?rule ; att:holdingStatus ?status ;
                 att:certainty att:certain ; att:polarity att:positive ; att:tense att:past ; att:article ?a .
              FILTER NOT EXISTS { ?f att:hedged true }
              OPTIONAL { ?f att:date ?date }
              ?a schema:url ?url ; att:ingestedAt ?ingested .
              { SELECT ?holder (SAMPLE(?hl) AS ?holderLabel) (SAMPLE(?hq) AS ?holderQ) WHERE {
                  ?holder rdfs:label ?hl . OPTIONAL { ?holder skos:exactMatch ?hq } } GROUP BY ?holder }
              { SELECT ?post (SAMPLE(?pl) AS ?postLabel) (SAMPLE(?pq) AS ?postQ) WHERE {
                  ?post a att:Post ; rdfs:label ?pl . OPTIONAL { ?post skos:exactMatch ?pq } } GROUP BY ?post }
            } ORDER BY ?url ?holderLabel ?postLabel ?f""";

    private PositionStatements() {
    }

    public static List<PositionStatement> read(Dataset ds) {
        List<PositionStatement> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create(QUERY, ds)) {
            qe.execSelect().forEachRemaining(s -> out.add(statement(s)));
        }
        return out;
    }

    private static PositionStatement statement(QuerySolution s) {
        String rule = s.getLiteral("rule").getLexicalForm();
        WikidataTime start = rule.startsWith(APPOINTMENT_RULES) && s.contains("date")
                ? WikidataTime.parse(s.getLiteral("date").getLexicalForm()) : null;
        LocalDate retrieved = OffsetDateTime.parse(s.getLiteral("ingested").getLexicalForm()).toLocalDate();
        return new PositionStatement(s.getResource("f").getURI(),
                s.getResource("holder").getURI(), s.getLiteral("holderLabel").getLexicalForm(), qid(s, "holderQ"),
                s.getResource("post").getURI(), s.getLiteral("postLabel").getLexicalForm(), qid(s, "postQ"),
                start, s.getResource("status").equals(Vocab.former), s.getLiteral("url").getLexicalForm(), retrieved);
    }

    private static String qid(QuerySolution s, String var) {
        return s.contains(var) ? s.getResource(var).getURI().substring(Vocab.WD.length()) : "";
    }
}

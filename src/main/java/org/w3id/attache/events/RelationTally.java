package org.w3id.attache.events;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.w3id.attache.mapping.Iris;
import org.w3id.attache.mapping.Vocab;

/**
 * One att:RelationTally's identity: its parties ({@code first} sorts before {@code second}), kind,
 * whether people are parties, its level, and at the year and month levels the periods of its
 * events' first and last days ({@code firstPeriod} and {@code lastPeriod}: YYYY or YYYY-MM; null
 * for all time).
 */
record RelationTally(Level level, boolean people, String first, String second, Node kind, String firstPeriod, String lastPeriod) {
    /** How finely a tally divides a pair's events of a kind by date. */
    enum Level {
        /** Every event, dated or not: one tally per pair, kind and mode. */
        ALL_TIME(Vocab.allTime, null, null),
        /** Dated events by the years of their first and last days (att:firstYear, att:lastYear). */
        YEAR(Vocab.yearly, Vocab.firstYear.asNode(), Vocab.lastYear.asNode()),
        /** Dated events by the months of their first and last days (att:firstMonth, att:lastMonth). */
        MONTH(Vocab.monthly, Vocab.firstMonth.asNode(), Vocab.lastMonth.asNode());

        private final Resource concept;
        private final Node firstProperty;
        private final Node lastProperty;

        Level(Resource concept, Node firstProperty, Node lastProperty) {
            this.concept = concept;
            this.firstProperty = firstProperty;
            this.lastProperty = lastProperty;
        }

        /** The period (YYYY, YYYY-MM) of an xsd:date term at this level; null for all time. */
        String period(Node day) {
            return switch (this) {
                case ALL_TIME -> null;
                case YEAR -> day.getLiteralLexicalForm().substring(0, 4);
                case MONTH -> day.getLiteralLexicalForm().substring(0, 7);
            };
        }

        private XSDDatatype datatype() {
            return this == YEAR ? XSDDatatype.XSDgYear : XSDDatatype.XSDgYearMonth;
        }
    }

    /**
     * The tallies, one per level, of an event of {@code kind} between {@code first} and
     * {@code second} whose days are {@code firstDay} and {@code lastDay} (xsd:date terms; both
     * null for an undated event, which is counted only for all time).
     */
    static List<RelationTally> of(boolean people, String first, String second, Node kind, Node firstDay, Node lastDay) {
        List<RelationTally> out = new ArrayList<>(3);
        for (Level level : Level.values()) {
            if (level == Level.ALL_TIME || (firstDay != null && lastDay != null)) {
                out.add(new RelationTally(level, people, first, second, kind,
                        firstDay == null ? null : level.period(firstDay), lastDay == null ? null : level.period(lastDay)));
            }
        }
        return out;
    }

    /** The tally's IRI, named for all that identifies it (a month tally's as before the levels). */
    Node iri() {
        String key = people + "|" + first + "|" + second + "|" + kind.getURI();
        key = switch (level) {
            case ALL_TIME -> "all|" + key;
            case YEAR -> "year|" + key + "|" + firstPeriod + "|" + lastPeriod;
            case MONTH -> key + "|" + firstPeriod + "|" + lastPeriod;
        };
        return NodeFactory.createURI(Iris.EVENTS_GRAPH + "/tally/" + Iris.hash(key).substring(0, 24));
    }

    /** Writes what the tally is (all but its events and count) to the events graph. */
    void describe(DatasetGraph dsg, Node graph, Node iri) {
        dsg.add(graph, iri, RDF.type.asNode(), Vocab.RelationTally.asNode());
        dsg.add(graph, iri, Vocab.tallyLevel.asNode(), level.concept.asNode());
        dsg.add(graph, iri, Vocab.firstParty.asNode(), NodeFactory.createURI(first));
        dsg.add(graph, iri, Vocab.secondParty.asNode(), NodeFactory.createURI(second));
        dsg.add(graph, iri, Vocab.tallyKind.asNode(), kind);
        dsg.add(graph, iri, Vocab.withPeople.asNode(), NodeFactory.createLiteralDT(Boolean.toString(people), XSDDatatype.XSDboolean));
        if (level != Level.ALL_TIME) {
            dsg.add(graph, iri, level.firstProperty, NodeFactory.createLiteralDT(firstPeriod, level.datatype()));
            dsg.add(graph, iri, level.lastProperty, NodeFactory.createLiteralDT(lastPeriod, level.datatype()));
        }
    }
}

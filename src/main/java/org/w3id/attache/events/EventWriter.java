package org.w3id.attache.events;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.w3id.attache.mapping.Iris;
import org.w3id.attache.mapping.Vocab;

/**
 * Writes one merged event to the events graph: its kind and key, who takes part (one node per
 * identity), where, the date its reports agree on (and every reported date when they disagree),
 * every reporting fact, the first and last report, how many articles and outlets report it, and
 * the strongest and weakest certainty among them.
 */
final class EventWriter {
    private static final Node[] CERTAINTY = {null, Vocab.possible.asNode(), Vocab.probable.asNode(), Vocab.certain.asNode()};
    private final StoredFacts facts;

    EventWriter(StoredFacts facts) {
        this.facts = facts;
    }

    /** The event's IRI: under its first report's instance base, named for its key and that first report. */
    static Node iri(List<Report> reports) {
        Report founding = reports.stream().min(Comparator.comparing(Report::published).thenComparing(r -> r.fact().toString())).orElseThrow();
        return NodeFactory.createURI(baseOf(founding.fact()) + "merged/" + founding.kind().label() + "/"
                + Iris.hash(founding.key() + "|" + founding.fact()).substring(0, 16));
    }

    /** The instance base of a fact IRI ({@code …/id/} of {@code …/id/fact/KEY/HASH}), else the default base. */
    static String baseOf(Node fact) {
        String iri = fact.isURI() ? fact.getURI() : "";
        int at = iri.lastIndexOf("/fact/");
        return at > 0 ? iri.substring(0, at + 1) : Iris.DEFAULT_BASE;
    }

    /** Writes the event the reports tell into {@code target} (the events graph, or a graph standing for it). */
    void write(List<Report> reports, Graph target) {
        Node event = iri(reports);
        Report first = reports.get(0);
        target.add(event, RDF.type.asNode(), Vocab.MergedEvent.asNode());
        target.add(event, Vocab.eventType.asNode(), first.kind().classes().get(0).asNode());
        target.add(event, Vocab.mergeKey.asNode(), NodeFactory.createLiteralString(first.key()));
        participants(reports).forEach(p -> target.add(event, Vocab.involves.asNode(), p));
        setting(reports).ifPresent(s -> target.add(event,
                (first.kind() == EventKind.ATTENDANCE ? Vocab.occasion : Vocab.place).asNode(), s));
        AgreedDate date = AgreedDate.of(reports);
        if (date.date() != null) {
            target.add(event, Vocab.eventDate.asNode(), dateLiteral(date.date().lexical()));
            target.add(event, Vocab.firstDay.asNode(), day(date.date().first()));
            target.add(event, Vocab.lastDay.asNode(), day(date.date().last()));
        }
        target.add(event, Vocab.dateConflict.asNode(), NodeFactory.createLiteralDT(Boolean.toString(date.conflict()), XSDDatatype.XSDboolean));
        if (date.conflict()) {
            date.reported().forEach(d -> target.add(event, Vocab.reportedDate.asNode(), dateLiteral(d)));
        }
        TreeSet<String> articles = new TreeSet<>();
        TreeSet<String> outlets = new TreeSet<>();
        for (Report r : reports) {
            target.add(event, Vocab.reportedBy.asNode(), r.fact());
            articles.add(r.article().toString());
            outlets.add(r.outlet());
        }
        LocalDate firstReported = reports.stream().map(Report::published).min(LocalDate::compareTo).orElseThrow();
        LocalDate lastReported = reports.stream().map(Report::published).max(LocalDate::compareTo).orElseThrow();
        target.add(event, Vocab.firstReported.asNode(), day(firstReported));
        target.add(event, Vocab.lastReported.asNode(), day(lastReported));
        target.add(event, Vocab.sourceCount.asNode(), count(articles.size()));
        target.add(event, Vocab.outletCount.asNode(), count(outlets.size()));
        int strongest = reports.stream().mapToInt(Report::certainty).max().orElseThrow();
        int weakest = reports.stream().mapToInt(Report::certainty).min().orElseThrow();
        target.add(event, Vocab.strongestCertainty.asNode(), CERTAINTY[strongest]);
        target.add(event, Vocab.weakestCertainty.asNode(), CERTAINTY[weakest]);
    }

    /** One node per identity among the reports' actors: the IRI that sorts first. */
    private List<Node> participants(List<Report> reports) {
        Map<String, Node> byIdentity = new LinkedHashMap<>();
        reports.stream().flatMap(r -> r.actors().stream()).sorted(Comparator.comparing(Node::toString))
                .forEach(a -> byIdentity.putIfAbsent(facts.identity(a), a));
        return List.copyOf(byIdentity.values());
    }

    /** The place visited (a city over its state, when a report names one) or the occasion attended. */
    private Optional<Node> setting(List<Report> reports) {
        return reports.stream().map(Report::setting).filter(Objects::nonNull)
                .min(Comparator.comparing((Node s) -> facts.stateOf(s).equals(s) ? 1 : 0).thenComparing((Node s) -> s.toString()));
    }

    static Node dateLiteral(String lexical) {
        XSDDatatype type = lexical.length() == 10 ? XSDDatatype.XSDdate : lexical.length() == 7 ? XSDDatatype.XSDgYearMonth : XSDDatatype.XSDgYear;
        return NodeFactory.createLiteralDT(lexical, type);
    }

    static Node day(LocalDate d) {
        return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
    }

    static Node count(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger);
    }
}

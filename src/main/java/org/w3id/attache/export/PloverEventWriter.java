package org.w3id.attache.export;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonBoolean;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.w3id.attache.mapping.Iris;
import org.w3id.attache.mapping.Vocab;

/**
 * PLOVER event records as JSON Lines, one line per merged event of the events graph rather than
 * per fact: a visit four articles report is one line with four sources. The record is its first
 * report's record ({@link PloverWriter}: the report in the earliest article, the one the event's
 * IRI is named for) with what the reports agree on in place of what that one says: the event's
 * IRI, kind, place, agreed date and weakest certainty; and, after {@code cite_info}, every
 * reporting article's {@code cite_info} in {@code sources} and their number in
 * {@code source_count}. Events PLOVER does not code (attendance) are left out. Described in
 * {@code docs/plover.md}; {@link #FIELDS} lists the keys in the order they are written.
 */
final class PloverEventWriter {
    /** The top-level keys of every record, in order: the per-fact keys, then the sources. */
    static final List<String> FIELDS = Stream.concat(PloverWriter.FIELDS.stream(), Stream.of("sources", "source_count")).toList();

    private static final Node EVENTS = NodeFactory.createURI(Iris.EVENTS_GRAPH);
    private static final Node PUBLISHED = NodeFactory.createURI(Vocab.SCHEMA + "datePublished");
    private static final Node URL = NodeFactory.createURI(Vocab.SCHEMA + "url");

    private final DatasetGraph data;
    private final Graph g;
    private final PloverWriter facts;

    private PloverEventWriter(DatasetGraph data) {
        this.data = data;
        this.g = data.getUnionGraph();
        this.facts = new PloverWriter(g, PloverCoding.standard());
    }

    /** Every merged event of {@code data}. */
    static void write(DatasetGraph data, OutputStream out) {
        new PloverEventWriter(data).write(e -> true, out);
    }

    /** Only the merged events that the article {@code article} (its node in the metadata graph) reports, each with all its sources. */
    static void writeReportedBy(DatasetGraph data, Node article, OutputStream out) {
        PloverEventWriter writer = new PloverEventWriter(data);
        writer.write(e -> writer.reports(e).stream().anyMatch(f -> writer.one(f, Vocab.article.asNode()).filter(article::equals).isPresent()), out);
    }

    private void write(Predicate<Node> events, OutputStream out) {
        PrintWriter lines = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        records(events).forEach(r -> lines.println(JSON.toStringFlat(r)));
        lines.flush();
    }

    /** The records of the events {@code which} accepts, ordered by their first day (undated last), then IRI. */
    List<JsonObject> records(Predicate<Node> which) {
        List<Node> events = new ArrayList<>();
        data.find(EVENTS, Node.ANY, RDF.type.asNode(), Vocab.MergedEvent.asNode()).forEachRemaining(q -> events.add(q.getSubject()));
        events.removeIf(which.negate());
        events.sort(Comparator.comparing((Node e) -> eventValue(e, Vocab.firstDay).map(Node::getLiteralLexicalForm).orElse("~"))
                .thenComparing((Node n) -> n.toString()));
        List<JsonObject> out = new ArrayList<>();
        for (Node e : events) {
            record(e).ifPresent(out::add);
        }
        return out;
    }

    private Optional<JsonObject> record(Node event) {
        List<Node> reports = reports(event);
        if (reports.isEmpty()) {
            return Optional.empty();
        }
        Optional<JsonObject> first = facts.record(reports.get(0));
        if (first.isEmpty()) {
            return Optional.empty();
        }
        Map<String, JsonValue> values = new LinkedHashMap<>();
        first.get().keys().forEach(k -> values.put(k, first.get().get(k)));
        values.put("id", str(event.getURI()));
        eventValue(event, Vocab.eventType).filter(Node::isURI).ifPresent(t -> values.put("attache_class", str(t.getLocalName())));
        eventValue(event, Vocab.place).ifPresent(p -> values.put("location", facts.entity(p)));
        Optional<Node> date = eventValue(event, Vocab.eventDate);
        values.put("date", lexical(date));
        values.put("date_precision", date.map(d -> (JsonValue) str(precision(d))).orElse(JsonNull.instance));
        values.put("date_earliest", lexical(eventValue(event, Vocab.firstDay)));
        values.put("date_latest", lexical(eventValue(event, Vocab.lastDay)));
        values.put("certainty", eventValue(event, Vocab.weakestCertainty).filter(Node::isURI)
                .map(c -> (JsonValue) str(c.getLocalName())).orElse(JsonNull.instance));
        values.put("hedged", hedged(reports));
        values.put("sources", sources(reports));
        values.put("source_count", eventValue(event, Vocab.sourceCount).map(n -> (JsonValue) JsonNumber.value(Long.parseLong(n.getLiteralLexicalForm())))
                .orElse(JsonNull.instance));
        JsonObject r = new JsonObject();
        FIELDS.forEach(k -> r.put(k, values.getOrDefault(k, JsonNull.instance)));
        return Optional.of(r);
    }

    /** The facts that report the event and are stored, the first report first: by article date, then fact IRI. */
    private List<Node> reports(Node event) {
        List<Node> reports = new ArrayList<>();
        data.find(EVENTS, event, Vocab.reportedBy.asNode(), Node.ANY).forEachRemaining(q -> reports.add(q.getObject()));
        reports.removeIf(f -> one(f, Vocab.article.asNode()).isEmpty());
        reports.sort(Comparator.comparing((Node f) -> published(f)).thenComparing((Node n) -> n.toString()));
        return reports;
    }

    /** One cite_info per reporting article, in order of publication, then url. */
    private JsonArray sources(List<Node> reports) {
        Map<Node, Node> firstFactOfArticle = new LinkedHashMap<>();
        reports.forEach(f -> firstFactOfArticle.putIfAbsent(one(f, Vocab.article.asNode()).orElseThrow(), f));
        List<Node> articles = new ArrayList<>(firstFactOfArticle.keySet());
        articles.sort(Comparator.comparing((Node a) -> literal(a, PUBLISHED)).thenComparing(a -> literal(a, URL)).thenComparing((Node n) -> n.toString()));
        JsonArray out = new JsonArray();
        articles.forEach(a -> out.add(facts.citeInfo(firstFactOfArticle.get(a))));
        return out;
    }

    /** True if any report is hedged, false if all say they are not, null if none says. */
    private JsonValue hedged(List<Node> reports) {
        List<Boolean> said = reports.stream().map(f -> one(f, Vocab.hedged.asNode())).flatMap(Optional::stream)
                .filter(Node::isLiteral).map(n -> Boolean.parseBoolean(n.getLiteralLexicalForm())).toList();
        return said.isEmpty() ? JsonNull.instance : new JsonBoolean(said.contains(Boolean.TRUE));
    }

    private String published(Node fact) {
        return one(fact, Vocab.article.asNode()).map(a -> literal(a, PUBLISHED)).orElse("");
    }

    private String literal(Node s, Node p) {
        return one(s, p).filter(Node::isLiteral).map(Node::getLiteralLexicalForm).orElse("");
    }

    /** day, month or year, from the datatype of a date. */
    private static String precision(Node date) {
        String dt = date.isLiteral() ? date.getLiteralDatatypeURI() : "";
        if (XSDDatatype.XSDgYear.getURI().equals(dt)) {
            return "year";
        }
        return XSDDatatype.XSDgYearMonth.getURI().equals(dt) ? "month" : "day";
    }

    private Optional<Node> eventValue(Node event, Property p) {
        var it = data.find(EVENTS, event, p.asNode(), Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
    }

    private Optional<Node> one(Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
    }

    private static JsonValue lexical(Optional<Node> n) {
        return n.filter(Node::isLiteral).map(v -> (JsonValue) str(v.getLiteralLexicalForm())).orElse(JsonNull.instance);
    }

    private static JsonValue str(String s) {
        return new JsonString(s);
    }
}

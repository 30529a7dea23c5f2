package org.w3id.attache.export;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonBoolean;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.attache.mapping.Vocab;

/**
 * PLOVER event records as JSON Lines: one line per visit, meeting, cooperation, agreement, arms
 * transfer and statement that the text asserts (facts the text negates are left out: PLOVER
 * records events that happened or were announced). Every field is described in
 * {@code docs/plover.md}; {@link #FIELDS} lists them in the order they are written.
 */
final class PloverWriter {
    /** The top-level keys of every record, in order. */
    static final List<String> FIELDS = List.of("id", "attache_class", "event", "mode", "context", "cameo",
            "actor", "recipient", "location", "item", "date", "date_precision", "date_earliest", "date_latest",
            "event_text", "event_text_begin", "event_text_end", "certainty", "hedged", "tense", "cite_info");
    /** The keys of each actor, recipient and location. */
    static final List<String> ENTITY_FIELDS = List.of("entity_text", "wikidata", "iri");
    /** The keys of cite_info. */
    static final List<String> CITE_FIELDS = List.of("url", "publication", "headline", "date_published", "coder");

    private static final List<Resource> CODED = List.of(Vocab.Visit, Vocab.Meeting, Vocab.Cooperation,
            Vocab.Agreement, Vocab.ArmsTransfer, Vocab.Statement);
    private static final Node URL = ResourceFactory.createProperty(Vocab.SCHEMA + "url").asNode();
    private static final Node HEADLINE = ResourceFactory.createProperty(Vocab.SCHEMA + "headline").asNode();
    private static final Node PUBLISHED = ResourceFactory.createProperty(Vocab.SCHEMA + "datePublished").asNode();
    private static final Node EXACT_MATCH = ResourceFactory.createProperty(Vocab.SKOS + "exactMatch").asNode();
    private static final Node BEGIN = ResourceFactory.createProperty(Vocab.NIF + "beginIndex").asNode();
    private static final Node END = ResourceFactory.createProperty(Vocab.NIF + "endIndex").asNode();
    private static final Node ANCHOR = ResourceFactory.createProperty(Vocab.NIF + "anchorOf").asNode();

    private final Graph g;
    private final PloverCoding coding;

    PloverWriter(Graph g, PloverCoding coding) {
        this.g = g;
        this.coding = coding;
    }

    static void write(DatasetGraph data, OutputStream out) {
        PloverWriter writer = new PloverWriter(data.getUnionGraph(), PloverCoding.standard());
        PrintWriter lines = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.records().forEach(r -> lines.println(JSON.toStringFlat(r)));
        lines.flush();
    }

    /** The records, ordered by article url, then position in the text, then fact IRI. */
    List<JsonObject> records() {
        List<Node> facts = new ArrayList<>();
        for (Resource type : CODED) {
            g.find(Node.ANY, RDF.type.asNode(), type.asNode()).forEachRemaining(t -> facts.add(t.getSubject()));
        }
        facts.removeIf(f -> one(f, Vocab.polarity).filter(Vocab.negative.asNode()::equals).isPresent());
        facts.sort(Comparator.comparing((Node f) -> one(f, Vocab.article).flatMap(a -> one(a, URL)).map(Node::getLiteralLexicalForm).orElse(""))
                .thenComparingInt(f -> one(f, Vocab.evidence).flatMap(e -> one(e, BEGIN)).map(n -> Integer.parseInt(n.getLiteralLexicalForm())).orElse(0))
                .thenComparing(Node::getURI));
        List<JsonObject> out = new ArrayList<>();
        for (Node f : facts) {
            record(f).ifPresent(out::add);
        }
        return out;
    }

    /** The record of one fact (of a coded class), or empty when PLOVER does not code it. */
    Optional<JsonObject> record(Node fact) {
        Optional<Resource> coded = CODED.stream().filter(t -> g.contains(fact, RDF.type.asNode(), t.asNode())).findFirst();
        if (coded.isEmpty()) {
            return Optional.empty();
        }
        Resource type = coded.get();
        boolean future = one(fact, Vocab.tense).filter(Vocab.future.asNode()::equals).isPresent();
        List<Node> actors = new ArrayList<>();
        List<Node> recipients = new ArrayList<>();
        Node location = null;
        if (type.equals(Vocab.Visit)) {
            actors.addAll(all(fact, Vocab.visitor));
            location = one(fact, Vocab.destination).orElse(null);
            recipients.addAll(all(fact, Vocab.host));
            if (recipients.isEmpty() && location != null) {
                recipients.add(stateOf(location));
            }
        } else if (type.equals(Vocab.Meeting)) {
            List<Node> participants = all(fact, Vocab.participant);
            participants.sort(Comparator.comparing(this::label).thenComparing(Node::getURI));
            if (!participants.isEmpty()) {
                actors.add(participants.get(0));
                recipients.addAll(participants.subList(1, participants.size()));
            }
        } else if (type.equals(Vocab.Cooperation) || type.equals(Vocab.Agreement)) {
            actors.addAll(all(fact, Vocab.party));
            recipients.addAll(all(fact, Vocab.counterparty));
        } else if (type.equals(Vocab.ArmsTransfer)) {
            actors.addAll(all(fact, Vocab.supplier));
            recipients.addAll(all(fact, Vocab.recipient));
        } else {
            actors.addAll(all(fact, Vocab.speaker));
        }
        Resource domain = one(fact, Vocab.domain).map(n -> ResourceFactory.createResource(n.getURI())).orElse(null);
        Resource status = one(fact, Vocab.agreementStatus).map(n -> ResourceFactory.createResource(n.getURI())).orElse(null);
        Resource item = one(fact, Vocab.item).map(n -> ResourceFactory.createResource(n.getURI())).orElse(null);
        Optional<PloverCode> code = coding.code(type, future, actors.size() + recipients.size(), domain, status, item);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        JsonObject r = new JsonObject();
        r.put("id", fact.getURI());
        r.put("attache_class", type.getLocalName());
        r.put("event", orNull(code.get().event()));
        r.put("mode", orNull(code.get().mode()));
        JsonArray contexts = new JsonArray();
        code.get().contexts().forEach(c -> contexts.add(str(c)));
        r.put("context", contexts);
        r.put("cameo", code.get().cameo());
        r.put("actor", entities(actors));
        r.put("recipient", entities(recipients));
        r.put("location", location == null ? JsonNull.instance : entity(location));
        r.put("item", one(fact, Vocab.itemText).map(n -> (JsonValue) str(n.getLiteralLexicalForm())).orElse(JsonNull.instance));
        r.put("date", lexical(fact, Vocab.date));
        r.put("date_precision", one(fact, Vocab.datePrecision).map(n -> (JsonValue) str(precision(n))).orElse(JsonNull.instance));
        r.put("date_earliest", lexical(fact, Vocab.earliest));
        r.put("date_latest", lexical(fact, Vocab.latest));
        Optional<Node> span = one(fact, Vocab.evidence);
        r.put("event_text", span.flatMap(s -> one(s, ANCHOR)).map(n -> (JsonValue) str(n.getLiteralLexicalForm())).orElse(JsonNull.instance));
        r.put("event_text_begin", span.flatMap(s -> one(s, BEGIN)).map(n -> (JsonValue) JsonNumber.value(Long.parseLong(n.getLiteralLexicalForm()))).orElse(JsonNull.instance));
        r.put("event_text_end", span.flatMap(s -> one(s, END)).map(n -> (JsonValue) JsonNumber.value(Long.parseLong(n.getLiteralLexicalForm()))).orElse(JsonNull.instance));
        r.put("certainty", one(fact, Vocab.certainty).map(n -> (JsonValue) str(n.getLocalName())).orElse(JsonNull.instance));
        r.put("hedged", one(fact, Vocab.hedged).map(n -> (JsonValue) new JsonBoolean(Boolean.parseBoolean(n.getLiteralLexicalForm()))).orElse(JsonNull.instance));
        r.put("tense", one(fact, Vocab.tense).map(n -> (JsonValue) str(n.getLocalName())).orElse(JsonNull.instance));
        r.put("cite_info", citeInfo(fact));
        return Optional.of(r);
    }

    /** Where a fact comes from: its article's url, outlet, headline and date, and the software that coded it. */
    JsonObject citeInfo(Node fact) {
        Optional<Node> article = one(fact, Vocab.article);
        JsonObject cite = new JsonObject();
        cite.put("url", article.flatMap(a -> one(a, URL)).map(n -> (JsonValue) str(n.getLiteralLexicalForm())).orElse(JsonNull.instance));
        cite.put("publication", article.flatMap(a -> one(a, Vocab.outlet)).map(n -> (JsonValue) str(n.getLiteralLexicalForm())).orElse(JsonNull.instance));
        cite.put("headline", article.flatMap(a -> one(a, HEADLINE)).map(n -> (JsonValue) str(n.getLiteralLexicalForm())).orElse(JsonNull.instance));
        cite.put("date_published", article.flatMap(a -> one(a, PUBLISHED)).map(n -> (JsonValue) str(n.getLiteralLexicalForm())).orElse(JsonNull.instance));
        cite.put("coder", lexical(fact, Vocab.extractorVersion));
        return cite;
    }

    /** A place's state (its att:country) when a visit names no host; a state stands for itself. */
    private Node stateOf(Node destination) {
        if (g.contains(destination, RDF.type.asNode(), Vocab.State.asNode())) {
            return destination;
        }
        return one(destination, Vocab.country).orElse(destination);
    }

    private JsonArray entities(List<Node> nodes) {
        JsonArray a = new JsonArray();
        nodes.forEach(n -> a.add(entity(n)));
        return a;
    }

    JsonObject entity(Node n) {
        JsonObject e = new JsonObject();
        e.put("entity_text", label(n));
        e.put("wikidata", wikidata(n).map(q -> (JsonValue) str(q)).orElse(JsonNull.instance));
        e.put("iri", n.isURI() ? n.getURI() : n.toString());
        return e;
    }

    private String label(Node n) {
        return one(n, RDFS.label).map(Node::getLiteralLexicalForm).orElse(n.isURI() ? n.getURI() : n.toString());
    }

    private Optional<String> wikidata(Node n) {
        return g.find(n, EXACT_MATCH, Node.ANY).toList().stream().map(t -> t.getObject())
                .filter(o -> o.isURI() && o.getURI().startsWith(Vocab.WD))
                .map(o -> o.getURI().substring(Vocab.WD.length())).sorted().findFirst();
    }

    private static String precision(Node unit) {
        String local = unit.getLocalName();
        return local.startsWith("unit") ? local.substring(4).toLowerCase(Locale.ROOT) : local;
    }

    private JsonValue lexical(Node s, Property p) {
        return one(s, p).map(n -> (JsonValue) str(n.getLiteralLexicalForm())).orElse(JsonNull.instance);
    }

    private Optional<Node> one(Node s, Property p) {
        return one(s, p.asNode());
    }

    private Optional<Node> one(Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
    }

    private List<Node> all(Node s, Property p) {
        List<Node> out = new ArrayList<>();
        g.find(s, p.asNode(), Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        out.sort(Comparator.comparing(Node::toString));
        return out;
    }

    private static JsonValue str(String s) {
        return new JsonString(s);
    }

    private static JsonValue orNull(String s) {
        return s == null ? JsonNull.instance : str(s);
    }
}

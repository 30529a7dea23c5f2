package org.w3id.attache.events;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.attache.mapping.Iris;
import org.w3id.attache.mapping.Vocab;

/**
 * Reads what merging needs from the store, inside the caller's transaction: a fact's values, an
 * entity's identity (its Wikidata id where linked, else its IRI) and an article's date and outlet.
 * What it reads of a subject, identities and articles are remembered until {@link #forget()}.
 */
final class StoredFacts {
    static final Node ENTITIES = NodeFactory.createURI(Iris.ENTITIES_GRAPH);
    static final Node METADATA = NodeFactory.createURI(Iris.METADATA_GRAPH);
    static final Node EVENTS = NodeFactory.createURI(Iris.EVENTS_GRAPH);
    private static final String WIKIDATA = Vocab.WD;
    private static final Node PUBLISHED = NodeFactory.createURI(Vocab.SCHEMA + "datePublished");
    private static final Node URL = NodeFactory.createURI(Vocab.SCHEMA + "url");

    /** What the metadata graph says of an article. */
    record ArticleInfo(LocalDate published, String outlet) {
    }

    private final DatasetGraph dsg;
    private final Map<Node, String> identities = new HashMap<>();
    private final Map<Node, Map<Node, List<Node>>> descriptions = new HashMap<>();
    private final Map<Node, Optional<ArticleInfo>> articles = new HashMap<>();

    StoredFacts(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    DatasetGraph dataset() {
        return dsg;
    }

    /** Forgets what it remembered: after a write, an entity may have gained a Wikidata id, an article a new date. */
    void forget() {
        identities.clear();
        articles.clear();
        descriptions.clear();
    }

    /** The values of {@code p} on {@code s} in any graph but the events graph, each once, in IRI order. */
    List<Node> values(Node s, Node p) {
        return description(s).getOrDefault(p, List.of());
    }

    /** Everything said of {@code s} outside the events graph, read in one pass (a fact is read whole, not a property at a time). */
    private Map<Node, List<Node>> description(Node s) {
        return descriptions.computeIfAbsent(s, subject -> {
            Map<Node, TreeSet<Node>> sorted = new HashMap<>();
            dsg.find(Node.ANY, subject, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (!q.getGraph().equals(EVENTS)) {
                    sorted.computeIfAbsent(q.getPredicate(), x -> new TreeSet<>(Comparator.comparing(Node::toString))).add(q.getObject());
                }
            });
            Map<Node, List<Node>> out = new HashMap<>();
            sorted.forEach((p, objects) -> out.put(p, List.copyOf(objects)));
            return out;
        });
    }

    Optional<Node> value(Node s, Node p) {
        List<Node> v = values(s, p);
        return v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
    }

    boolean exists(Node fact) {
        return !values(fact, RDF.type.asNode()).isEmpty();
    }

    /** An entity's identity: {@code wd:Q…} when it is linked to Wikidata, else its IRI. */
    String identity(Node entity) {
        return identities.computeIfAbsent(entity, e -> {
            var it = dsg.find(ENTITIES, e, SKOS.exactMatch.asNode(), Node.ANY);
            String best = null;
            while (it.hasNext()) {
                Node item = it.next().getObject();
                if (item.isURI() && item.getURI().startsWith(WIKIDATA + "Q")) {
                    String qid = "wd:" + item.getURI().substring(WIKIDATA.length());
                    best = best == null || qid.compareTo(best) < 0 ? qid : best;
                }
            }
            return best != null ? best : e.isURI() ? e.getURI() : e.toString();
        });
    }

    /** The state a place belongs to (itself, if a state); the place when its state is unknown. */
    Node stateOf(Node place) {
        if (dsg.contains(ENTITIES, place, RDF.type.asNode(), Vocab.State.asNode())) {
            return place;
        }
        return value(place, Vocab.country.asNode()).orElse(place);
    }

    /** An entity's label, or empty. */
    String label(Node entity) {
        return value(entity, RDFS.label.asNode()).filter(Node::isLiteral).map(Node::getLiteralLexicalForm).orElse("");
    }

    /** The article's date and outlet (its url when it names no outlet); empty when the metadata graph has no date for it. */
    Optional<ArticleInfo> article(Node article) {
        return articles.computeIfAbsent(article, a -> {
            Optional<LocalDate> published = literal(METADATA, a, PUBLISHED).flatMap(StoredFacts::day);
            if (published.isEmpty()) {
                return Optional.empty();
            }
            String outlet = literal(METADATA, a, Vocab.outlet.asNode()).filter(s -> !s.isBlank())
                    .or(() -> literal(METADATA, a, URL)).orElse(a.toString());
            return Optional.of(new ArticleInfo(published.get(), outlet.strip().toLowerCase(Locale.ROOT)));
        });
    }

    private Optional<String> literal(Node graph, Node s, Node p) {
        var it = dsg.find(graph, s, p, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (o.isLiteral()) {
                return Optional.of(o.getLiteralLexicalForm());
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> day(String lexical) {
        return DateSpan.parse(lexical).filter(d -> d.coarseness() == 0).map(DateSpan::first);
    }
}

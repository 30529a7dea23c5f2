package org.w3id.attache.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.w3id.attache.mapping.Vocab;

/**
 * One page of the articles that mention an entity, newest first (by publication date, then IRI),
 * and how many there are. Each article's graph says what it mentions, so the named graphs are
 * read without the union's merging; dates come from the metadata graph; only the articles up to
 * the page's end are put in order, so an entity that thousands of articles mention costs little
 * more than the reading.
 */
final class ArticleMentions {
    /** Above this many articles, their dates are read in one pass over the metadata graph rather than one look-up each. */
    private static final int LOOKUPS = 500;
    /** Newest first, then by IRI. */
    private static final Comparator<Map.Entry<Node, String>> NEWEST_FIRST =
            Map.Entry.<Node, String>comparingByValue().reversed().thenComparing(e -> e.getKey().getURI());

    /** Articles {@code from} on, in order, and how many articles mention the entity in all. */
    record Page(int total, List<Resource> articles) {
    }

    private final DatasetGraph dataset;
    private final GraphReader graph;

    ArticleMentions(DatasetGraph dataset, GraphReader graph) {
        this.dataset = dataset;
        this.graph = graph;
    }

    /**
     * Up to {@code count} articles from the {@code from}-th that mention {@code entity}; for what
     * no article mentions by name (a post), the articles of the facts it has a role in.
     */
    Page page(Resource entity, int from, int count) {
        Map<Node, String> published = new HashMap<>();
        dataset.findNG(Node.ANY, Node.ANY, Vocab.mentions.asNode(), entity.asNode()).forEachRemaining(q -> {
            if (q.getSubject().isURI()) {
                published.put(q.getSubject(), "");
            }
        });
        if (published.isEmpty()) {
            graph.articlesOfFactsAbout(entity).forEach(a -> published.put(a.asNode(), ""));
        }
        readDates(published);
        int end = (int) Math.min(published.size(), (long) from + count);
        PriorityQueue<Map.Entry<Node, String>> kept = new PriorityQueue<>(NEWEST_FIRST.reversed());
        for (Map.Entry<Node, String> e : published.entrySet()) {
            kept.add(e);
            if (kept.size() > end) {
                kept.poll();
            }
        }
        List<Map.Entry<Node, String>> first = new ArrayList<>(kept);
        first.sort(NEWEST_FIRST);
        List<Resource> out = new ArrayList<>();
        for (Map.Entry<Node, String> e : first.subList(Math.min(from, first.size()), first.size())) {
            out.add(graph.resource(e.getKey().getURI()));
        }
        return new Page(published.size(), out);
    }

    /** Fills in each article's publication date, from the metadata graph, else from the union, else empty. */
    private void readDates(Map<Node, String> published) {
        Graph metadata = dataset.getGraph(GraphReader.METADATA);
        Node date = GraphReader.PUBLISHED.asNode();
        if (published.size() > LOOKUPS) {
            metadata.find(Node.ANY, date, Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isLiteral()) {
                    published.computeIfPresent(t.getSubject(), (a, none) -> t.getObject().getLiteralLexicalForm());
                }
            });
        } else {
            for (Map.Entry<Node, String> e : published.entrySet()) {
                ExtendedIterator<Triple> it = metadata.find(e.getKey(), date, Node.ANY);
                try {
                    Node d = it.hasNext() ? it.next().getObject() : null;
                    e.setValue(d != null && d.isLiteral() ? d.getLiteralLexicalForm() : "");
                } finally {
                    it.close();
                }
            }
        }
        published.replaceAll((a, d) -> d.isEmpty() ? graph.published(graph.resource(a.getURI())) : d);
    }
}

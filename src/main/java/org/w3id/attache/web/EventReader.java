package org.w3id.attache.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.w3id.attache.mapping.Vocab;

/**
 * Reads the merged events of the events graph (through the union graph) as {@link EventView}s.
 * An event of many reports costs no more than one of {@value #REPORTS_READ}: that many are read,
 * and the earliest {@value #REPORTS_SHOWN} of them shown.
 */
final class EventReader {
    /** Reports of one event or tenure read to choose the earliest: all of them when there are no more. */
    static final int REPORTS_READ = 50;
    /** Reports of one event or tenure shown, earliest article first. */
    static final int REPORTS_SHOWN = 10;
    private final GraphReader graph;

    EventReader(GraphReader graph) {
        this.graph = graph;
    }

    /** The events of the kind {@code type} names (att:Visit …), by date. */
    List<EventView> ofKind(Resource type) {
        Set<Resource> nodes = new TreeSet<>(Comparator.comparing(Resource::getURI));
        graph.model().listSubjectsWithProperty(Vocab.eventType, type).forEach(nodes::add);
        return read(nodes);
    }

    /**
     * The events {@code entity} takes part in or that happen there, by date.
     *
     * @param latest how many to read at most: the latest by first day
     * @param total how many there are in all
     */
    record Latest(List<EventView> latest, int total) {
    }

    /** The {@code limit} latest events {@code entity} takes part in or that happen there. */
    Latest about(Resource entity, int limit) {
        Map<Resource, String> firstDay = new HashMap<>();
        for (Property p : List.of(Vocab.involves, Vocab.place, Vocab.occasion)) {
            graph.model().listSubjectsWithProperty(p, entity)
                    .forEach(e -> firstDay.computeIfAbsent(e, n -> graph.string(n, Vocab.firstDay).orElse("")));
        }
        Set<Resource> latest = new TreeSet<>(Comparator.comparing(Resource::getURI));
        firstDay.keySet().stream().sorted(Comparator.comparing((Resource e) -> firstDay.get(e)).thenComparing(Resource::getURI).reversed())
                .limit(limit).forEach(latest::add);
        return new Latest(read(latest), firstDay.size());
    }

    private List<EventView> read(Set<Resource> nodes) {
        List<EventView> out = new ArrayList<>();
        for (Resource e : nodes) {
            if (!graph.hasType(e, Vocab.MergedEvent)) {
                continue;
            }
            List<FactView.Role> participants = new ArrayList<>();
            graph.resources(e, Vocab.involves).forEach(p -> participants.add(new FactView.Role("involves", p.getURI(), graph.label(p))));
            participants.sort(Comparator.comparing(FactView.Role::label).thenComparing(FactView.Role::iri));
            List<Resource> places = new ArrayList<>(graph.resources(e, Vocab.place));
            places.addAll(graph.resources(e, Vocab.occasion));
            FactView.Role place = places.isEmpty() ? null : new FactView.Role("place", places.get(0).getURI(), graph.label(places.get(0)));
            List<FactView> reports = reports(e).shown();
            Resource type = e.getPropertyResourceValue(Vocab.eventType);
            out.add(new EventView(e.getURI(), type == null ? "" : type.getLocalName(), List.copyOf(participants), place,
                    graph.string(e, Vocab.eventDate).orElse(""), graph.string(e, Vocab.firstDay).orElse(""),
                    graph.string(e, Vocab.lastDay).orElse(""), Integer.parseInt(graph.string(e, Vocab.sourceCount).orElse("0")),
                    graph.string(e, Vocab.dateConflict).orElse("false").equals("true"), List.copyOf(reports)));
        }
        out.sort(Comparator.comparing(EventView::firstDay).thenComparing(EventView::iri));
        return out;
    }

    /**
     * Reports of an event or tenure, earliest article first: of the first {@value #REPORTS_READ}
     * the store lists, the {@value #REPORTS_SHOWN} earliest.
     *
     * @param shown the reports shown
     * @param articles how many articles the reports read come from
     * @param complete whether every report was read (else there are more than {@value #REPORTS_READ})
     */
    record Sample(List<FactView> shown, int articles, boolean complete) {
    }

    /** The reports of the event or tenure {@code node}. */
    Sample reports(Resource node) {
        Map<Resource, String> articleOf = new HashMap<>();
        // listStatements streams; listObjectsOfProperty would collect every report before the first
        var it = graph.model().listStatements(node, Vocab.reportedBy, (RDFNode) null);
        boolean complete;
        try {
            while (it.hasNext() && articleOf.size() < REPORTS_READ) {
                RDFNode o = it.next().getObject();
                if (o.isURIResource()) {
                    articleOf.put(o.asResource(), article(o.asResource()));
                }
            }
            complete = !it.hasNext();
        } finally {
            it.close();
        }
        Map<String, String> published = new HashMap<>();
        articleOf.values().forEach(a -> published.computeIfAbsent(a, this::publishedOf));
        List<FactView> shown = new ArrayList<>();
        articleOf.keySet().stream()
                .sorted(Comparator.comparing((Resource f) -> published.get(articleOf.get(f))).thenComparing(Resource::getURI))
                .limit(REPORTS_SHOWN).forEach(f -> shown.add(graph.fact(f)));
        return new Sample(List.copyOf(shown), published.size(), complete);
    }

    private String article(Resource fact) {
        Resource article = fact.inModel(graph.model()).getPropertyResourceValue(Vocab.article);
        return article == null ? "" : article.getURI();
    }

    private String publishedOf(String article) {
        return article.isEmpty() ? "" : graph.published(graph.resource(article));
    }
}

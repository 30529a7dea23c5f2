package org.w3id.attache.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.w3id.attache.mapping.Vocab;

/** Reads the merged events of the events graph (through the union graph) as {@link EventView}s. */
final class EventReader {
    private static final Property PUBLISHED = ResourceFactory.createProperty(Vocab.SCHEMA, "datePublished");
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

    /** The events {@code entity} takes part in or that happen there, by date. */
    List<EventView> about(Resource entity) {
        Set<Resource> nodes = new TreeSet<>(Comparator.comparing(Resource::getURI));
        for (Property p : List.of(Vocab.involves, Vocab.place, Vocab.occasion)) {
            graph.model().listSubjectsWithProperty(p, entity).forEach(nodes::add);
        }
        return read(nodes);
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
            List<FactView> reports = new ArrayList<>();
            graph.resources(e, Vocab.reportedBy).forEach(f -> reports.add(graph.fact(f)));
            reports.sort(Comparator.comparing(this::published).thenComparing(FactView::iri));
            Resource type = e.getPropertyResourceValue(Vocab.eventType);
            out.add(new EventView(e.getURI(), type == null ? "" : type.getLocalName(), List.copyOf(participants), place,
                    graph.string(e, Vocab.eventDate).orElse(""), graph.string(e, Vocab.firstDay).orElse(""),
                    graph.string(e, Vocab.lastDay).orElse(""), Integer.parseInt(graph.string(e, Vocab.sourceCount).orElse("0")),
                    graph.string(e, Vocab.dateConflict).orElse("false").equals("true"), List.copyOf(reports)));
        }
        out.sort(Comparator.comparing(EventView::firstDay).thenComparing(EventView::iri));
        return out;
    }

    private String published(FactView f) {
        return f.article().isEmpty() ? "" : graph.string(graph.resource(f.article()), PUBLISHED).orElse("");
    }
}

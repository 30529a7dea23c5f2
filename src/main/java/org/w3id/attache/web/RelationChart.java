package org.w3id.attache.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.w3id.attache.events.EventKind;

/**
 * Draws the relations network as SVG: the parties on a circle (states as circles, people as
 * squares), an edge per related pair, as wide as it has events and coloured by its most frequent
 * kind; each edge links to the list of its events, and says its counts in its tooltip.
 */
final class RelationChart {
    static final Map<String, String> COLOURS = Map.of("visit", "#1f77b4", "meeting", "#ff7f0e", "cooperation", "#2ca02c",
            "supply", "#9467bd");
    private static final int SIZE = 760;
    /** Room either side of the circle for long names. */
    private static final int WIDTH = SIZE + 240;
    private static final int RADIUS = 270;

    private RelationChart() {
    }

    /** The SVG; {@code href} gives each edge's link. */
    static Html draw(List<RelationEdges.Edge> edges, Function<RelationEdges.Edge, String> href) {
        Html svg = new Html().open("svg", "xmlns", "http://www.w3.org/2000/svg", "id", "relations", "width", Integer.toString(WIDTH),
                "height", Integer.toString(SIZE), "viewBox", "0 0 " + WIDTH + " " + SIZE, "role", "img",
                "aria-label", "relations between states", "font-family", "sans-serif", "font-size", "12");
        if (edges.isEmpty()) {
            return svg.element("text", "No events relate two parties with these choices.", "x", "10", "y", "30").close("svg");
        }
        Map<String, RelationEdges.Party> parties = new LinkedHashMap<>();
        edges.forEach(e -> {
            parties.putIfAbsent(e.a().iri(), e.a());
            parties.putIfAbsent(e.b().iri(), e.b());
        });
        List<RelationEdges.Party> order = new ArrayList<>(parties.values());
        order.sort(Comparator.comparing((RelationEdges.Party p) -> p.label().toLowerCase(Locale.ROOT)).thenComparing(RelationEdges.Party::iri));
        Map<String, double[]> at = new LinkedHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            double angle = 2 * Math.PI * i / order.size() - Math.PI / 2;
            at.put(order.get(i).iri(), new double[] {WIDTH / 2.0 + RADIUS * Math.cos(angle), SIZE / 2.0 + RADIUS * Math.sin(angle)});
        }
        long heaviest = edges.stream().mapToLong(RelationEdges.Edge::total).max().orElse(1);
        for (RelationEdges.Edge e : edges) {
            edge(svg, e, at.get(e.a().iri()), at.get(e.b().iri()), heaviest, href.apply(e));
        }
        for (RelationEdges.Party p : order) {
            node(svg, p, at.get(p.iri()));
        }
        return svg.close("svg");
    }

    private static void edge(Html svg, RelationEdges.Edge e, double[] a, double[] b, long heaviest, String href) {
        // the most frequent kind; on a tie, the first in the order offered
        String kind = "visit";
        long most = -1;
        for (EventKind k : RelationFilter.KINDS) {
            long n = e.counts().getOrDefault(k.label(), 0L);
            if (n > most) {
                most = n;
                kind = k.label();
            }
        }
        double width = 1.5 + 6.0 * Math.sqrt((double) e.total() / heaviest);
        svg.open("a", "href", href, "class", "edge", "data-a", e.a().label(), "data-b", e.b().label());
        svg.element("title", e.a().label() + " – " + e.b().label() + ": " + counts(e));
        svg.open("line", "x1", num(a[0]), "y1", num(a[1]), "x2", num(b[0]), "y2", num(b[1]), "stroke", "transparent",
                "stroke-width", "14").close("line");
        svg.open("line", "x1", num(a[0]), "y1", num(a[1]), "x2", num(b[0]), "y2", num(b[1]), "stroke", COLOURS.get(kind),
                "stroke-width", num(width), "stroke-opacity", "0.75").close("line");
        svg.element("text", Long.toString(e.total()), "x", num((a[0] + b[0]) / 2), "y", num((a[1] + b[1]) / 2 - 4),
                "text-anchor", "middle", "fill", "#333");
        svg.close("a");
    }

    private static void node(Html svg, RelationEdges.Party p, double[] xy) {
        if (p.person()) {
            svg.open("rect", "x", num(xy[0] - 6), "y", num(xy[1] - 6), "width", "12", "height", "12", "fill", "#fff", "stroke", "#555",
                    "class", "party person").close("rect");
        } else {
            svg.open("circle", "cx", num(xy[0]), "cy", num(xy[1]), "r", "8", "fill", "#fff", "stroke", "#333", "class", "party state")
                    .close("circle");
        }
        double dx = xy[0] - WIDTH / 2.0;
        String anchor = Math.abs(dx) < 20 ? "middle" : dx > 0 ? "start" : "end";
        double tx = xy[0] + (anchor.equals("middle") ? 0 : dx > 0 ? 12 : -12);
        double ty = xy[1] + (xy[1] < SIZE / 2.0 ? -12 : 20);
        svg.element("text", p.label(), "x", num(tx), "y", num(anchor.equals("middle") ? ty : xy[1] + 4), "text-anchor", anchor,
                "class", "party-label");
    }

    /** "1 visit, 1 meeting". */
    static String counts(RelationEdges.Edge e) {
        return RelationFilter.KINDS.stream().filter(k -> e.counts().containsKey(k.label()))
                .map(k -> e.counts().get(k.label()) + " " + k.label()).collect(Collectors.joining(", "));
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}

package org.w3id.attache.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.w3id.attache.imports.ImportedValueRules;
import org.w3id.attache.mapping.EnglishNames;
import org.w3id.attache.mapping.Iris;
import org.w3id.attache.wikidata.WikidataView;

/**
 * Cuts one shard's quads into {@link GraphRun}s: each run is the quads of one graph that came
 * one after another. Entities and metadata go to {@link SideData}; the graphs the store derives
 * (events, the Wikidata view) are left out and counted. Triples outside a named graph are
 * refused: a shard says which graph each quad belongs to. A name given as a plain string is
 * English ({@link EnglishNames}), as {@code import} reads it.
 */
final class RunSplitter extends StreamRDFBase {
    /** A run longer than this is not an article graph: refused rather than held in memory. */
    static final int MAX_RUN = 1_000_000;
    private static final Set<Node> DERIVED = Set.of(NodeFactory.createURI(Iris.EVENTS_GRAPH), NodeFactory.createURI(WikidataView.GRAPH));

    private final Path file;
    private final SideData side;
    private final Consumer<GraphRun> runs;
    private Node graph;
    private List<Quad> quads = new ArrayList<>();
    private String breach;
    private long derived;
    private long read;

    RunSplitter(Path file, SideData side, Consumer<GraphRun> runs) {
        this.file = file;
        this.side = side;
        this.runs = runs;
    }

    @Override
    public void triple(Triple triple) {
        throw new LoadException(file + ": a triple outside any named graph (" + triple + "); shards hold quads"
                + " (N-Quads or TriG with named graphs); use attache import for other data");
    }

    @Override
    public void quad(Quad parsed) {
        Quad q = EnglishNames.of(parsed);
        if (q.isDefaultGraph()) {
            triple(q.asTriple());
        }
        read++;
        Node g = q.getGraph();
        if (DERIVED.contains(g)) {
            derived++;
            return;
        }
        Optional<String> broken = ImportedValueRules.breach(q);
        if (SideData.holds(g)) {
            broken.ifPresent(why -> {
                throw new LoadException(file + ": " + why);
            });
            side.add(q);
            return;
        }
        if (!g.equals(graph)) {
            flush();
            graph = g;
        }
        if (breach == null && broken.isPresent()) {
            breach = broken.get();
        }
        quads.add(q);
        if (quads.size() > MAX_RUN) {
            throw new LoadException(file + ": graph <" + g + "> holds more than " + MAX_RUN + " quads in a row;"
                    + " an article graph is far smaller: use attache import for such data");
        }
    }

    @Override
    public void finish() {
        flush();
    }

    private void flush() {
        if (graph != null && !quads.isEmpty()) {
            runs.accept(new GraphRun(file, graph, quads, breach));
        }
        graph = null;
        quads = new ArrayList<>();
        breach = null;
    }

    /** Quads read from the file, including those left out. */
    long read() {
        return read;
    }

    /** Quads of derived graphs left out. */
    long derived() {
        return derived;
    }
}

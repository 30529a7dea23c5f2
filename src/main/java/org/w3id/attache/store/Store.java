package org.w3id.attache.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.attache.events.EventsGraph;
import org.w3id.attache.mapping.ArticleGraphs;
import org.w3id.attache.mapping.EnglishNames;
import org.w3id.attache.mapping.Iris;
import org.w3id.attache.mapping.Vocab;
import org.w3id.attache.mapping.WikidataLink;

/**
 * attache's TDB2 store. Each article's facts live in its own named graph; a metadata graph
 * describes the articles; an entities graph holds the canonical entities; the events graph merges
 * what several articles report of one event ({@link EventsGraph}), and every write keeps it true.
 * The default graph is the union of them all. Every change is one write transaction, so a failure
 * leaves the store as it was.
 */
public final class Store implements AutoCloseable {
    private static final Node METADATA = NodeFactory.createURI(Iris.METADATA_GRAPH);
    private static final Node ENTITIES = NodeFactory.createURI(Iris.ENTITIES_GRAPH);
    private static final Node EVENTS = NodeFactory.createURI(Iris.EVENTS_GRAPH);
    private static final Node MENTIONS = NodeFactory.createURI(Vocab.mentions.getURI());
    private static final Node URL = NodeFactory.createURI(Vocab.SCHEMA + "url");
    private static final Node GRAPH = NodeFactory.createURI(Vocab.graph.getURI());

    private final Dataset dataset;

    private Store(Dataset dataset) {
        this.dataset = dataset;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /**
     * Opens (creating if needed) the store in {@code dir}. A store another process has open is
     * refused; otherwise a journal entry that a killed writer left half-written is cut off first
     * ({@link JournalRepair}), and TDB2 then replays every committed transaction and drops the
     * unfinished one.
     */
    public static Store open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot open store directory " + dir + ": " + e.getMessage(), e);
        }
        Location location = Location.create(dir);
        JournalRepair.beforeOpening(dir, location);
        try {
            return new Store(TDB2Factory.connectDataset(location));
        } catch (RuntimeException e) {
            throw new StoreException("cannot open the store in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** A new in-memory store, for tests. */
    public static Store inMemory() {
        return new Store(TDB2Factory.connectDataset(Location.mem()));
    }

    public Dataset dataset() {
        return dataset;
    }

    public DatasetGraph datasetGraph() {
        return dataset.asDatasetGraph();
    }

    /**
     * Writes an article, replacing whatever an earlier ingest of the same url stored, and
     * whatever else its graph holds or the metadata graph says of it.
     */
    public void put(ArticleGraphs article) {
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            List<Quad> onlineLinks = StoredLinks.online(dsg);
            EventsGraph.Update events = EventsGraph.update(dsg);
            dropArticle(dsg, article.url(), events);
            Node g = NodeFactory.createURI(article.graphName());
            // What another source (an import) put in this article's graph, or said of it, goes too.
            events.leaving(g);
            dsg.removeGraph(g);
            article.metadata().listSubjects().forEachRemaining(r -> dsg.deleteAny(METADATA, r.asNode(), Node.ANY, Node.ANY));
            List<Node> linkedNow = StoredLinks.newlyLinked(dsg, article.entities().getGraph().find().mapWith(t -> Quad.create(ENTITIES, t)).toList());
            addAll(dsg, g, article.facts());
            addAll(dsg, METADATA, article.metadata());
            // an entity has one label: the one this ingest gives replaces an older (a plain string before labels were tagged @en)
            article.entities().listSubjectsWithProperty(RDFS.label)
                    .forEachRemaining(r -> dsg.deleteAny(ENTITIES, r.asNode(), RDFS.label.asNode(), Node.ANY));
            events.describing(article.entities().getGraph().find());
            addAll(dsg, ENTITIES, article.entities());
            StoredLinks.restore(dsg, onlineLinks);
            linkedNow.forEach(events::reidentified);
            events.arriving(g);
            events.apply();
        });
    }

    /** Deletes an entity's description in the entities graph, with its link record. */
    private static void deleteEntity(DatasetGraph dsg, Node entity) {
        dsg.deleteAny(ENTITIES, entity, Node.ANY, Node.ANY);
        if (entity.isURI()) {
            dsg.deleteAny(ENTITIES, NodeFactory.createURI(entity.getURI() + WikidataLink.RECORD_FRAGMENT), Node.ANY, Node.ANY);
        }
    }

    /** Adds triples to the entities graph (links found online), in one write transaction. */
    public void addToEntities(Model model) {
        Txn.executeWrite(dataset, () -> addAll(dataset.asDatasetGraph(), ENTITIES, model));
    }

    /** Replaces the content of a derived named graph (such as the Wikidata-shaped view) in one write transaction. */
    public void replaceGraph(String graphIri, Model model) {
        Node g = NodeFactory.createURI(graphIri);
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            dsg.removeGraph(g);
            addAll(dsg, g, model);
        });
    }

    /** Writes several articles in one transaction: all of them, or none. */
    public void putAll(List<ArticleGraphs> articles) {
        Txn.executeWrite(dataset, () -> articles.forEach(this::put));
    }

    private static void addAll(DatasetGraph dsg, Node graph, Model model) {
        model.getGraph().find().forEach(t -> dsg.add(EnglishNames.of(Quad.create(graph, t))));
    }

    /**
     * Adds every quad of {@code quads} in one write transaction: all of them, or none if anything
     * fails. Used by {@code import}, which checks the data before calling this. An events graph in
     * the data is not taken: the store makes its own from the facts it holds. Entity names given as
     * plain strings are stored as English ({@code @en}), as attache writes them.
     *
     * @return how many of them the store did not hold already
     */
    public long addQuads(DatasetGraph quads) {
        return Txn.calculateWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            EventsGraph.Update events = EventsGraph.update(dsg);
            List<Node> graphs = new ArrayList<>();
            quads.listGraphNodes().forEachRemaining(g -> {
                if (!g.equals(EVENTS)) {
                    graphs.add(g);
                    events.leaving(g);
                }
            });
            List<Node> linkedNow = StoredLinks.newlyLinked(dsg, Iter.toList(quads.find(ENTITIES, Node.ANY, Node.ANY, Node.ANY)));
            events.describing(Iter.map(quads.find(ENTITIES, Node.ANY, Node.ANY, Node.ANY), Quad::asTriple));
            long added = 0;
            for (var it = quads.find(); it.hasNext(); ) {
                var q = EnglishNames.of(it.next());
                if (!q.getGraph().equals(EVENTS) && !dsg.contains(q)) {
                    dsg.add(q);
                    added++;
                }
            }
            linkedNow.forEach(events::reidentified);
            graphs.forEach(events::arriving);
            events.apply();
            return added;
        });
    }

    /** Removes an article and the entities only it mentioned; false if it was not stored. */
    public boolean remove(String url) {
        return Txn.calculateWrite(dataset, () -> {
            EventsGraph.Update events = EventsGraph.update(dataset.asDatasetGraph());
            boolean removed = dropArticle(dataset.asDatasetGraph(), url, events);
            events.apply();
            return removed;
        });
    }

    /**
     * Compacts the store: TDB2 keeps the old version of whatever a write replaced (a re-ingest
     * replaces a whole article); compaction copies the live data into a new generation and
     * deletes the old one. Readers go on meanwhile; writers wait.
     */
    public void compact() {
        org.apache.jena.tdb2.DatabaseMgr.compact(dataset.asDatasetGraph(), true);
    }

    /** Makes the events graph again from every stored fact (after links change who is who). */
    public void rebuildEvents() {
        Txn.executeWrite(dataset, () -> EventsGraph.rebuild(dataset.asDatasetGraph()));
    }

    private boolean dropArticle(DatasetGraph dsg, String url, EventsGraph.Update events) {
        Optional<Node> article = articleNode(dsg, url);
        if (article.isEmpty()) {
            return false;
        }
        List<Node> graphs = new ArrayList<>();
        dsg.find(METADATA, article.get(), GRAPH, Node.ANY).forEachRemaining(q -> graphs.add(q.getObject()));
        List<Node> mentioned = new ArrayList<>();
        for (Node g : graphs) {
            dsg.find(g, article.get(), MENTIONS, Node.ANY).forEachRemaining(q -> mentioned.add(q.getObject()));
            events.leaving(g);
            dsg.removeGraph(g);
        }
        dsg.deleteAny(METADATA, article.get(), Node.ANY, Node.ANY);
        for (Node entity : mentioned) {
            if (!dsg.find(Node.ANY, Node.ANY, MENTIONS, entity).hasNext()) {
                events.undescribing(entity);
                deleteEntity(dsg, entity);
            }
        }
        removeOrphanPosts(dsg);
        return true;
    }

    /** Posts are entities too; drop those that no stored fact fills any longer. */
    private static void removeOrphanPosts(DatasetGraph dsg) {
        Node post = NodeFactory.createURI(Vocab.post.getURI());
        List<Node> orphans = new ArrayList<>();
        dsg.find(ENTITIES, Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), Vocab.Post.asNode()).forEachRemaining(q -> {
            if (!dsg.find(Node.ANY, Node.ANY, post, q.getSubject()).hasNext()) {
                orphans.add(q.getSubject());
            }
        });
        orphans.forEach(p -> deleteEntity(dsg, p));
    }

    private static Optional<Node> articleNode(DatasetGraph dsg, String url) {
        var it = dsg.find(METADATA, Node.ANY, URL, NodeFactory.createLiteralDT(url, org.apache.jena.datatypes.xsd.XSDDatatype.XSDanyURI));
        return it.hasNext() ? Optional.of(it.next().getSubject()) : Optional.empty();
    }

    public boolean contains(String url) {
        return Txn.calculateRead(dataset, () -> articleNode(dataset.asDatasetGraph(), url).isPresent());
    }

    /** The content hash recorded for an article, if it is stored. */
    public Optional<String> contentHash(String url) {
        return Txn.calculateRead(dataset, () -> articleNode(dataset.asDatasetGraph(), url).flatMap(a -> {
            var it = dataset.asDatasetGraph().find(METADATA, a, Vocab.contentHash.asNode(), Node.ANY);
            return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm()) : Optional.empty();
        }));
    }

    /** Counts for {@code stats}: quads, named graphs, articles, entities, facts by class, merged events and tenures. */
    public Map<String, Long> stats() {
        return Txn.calculateRead(dataset, () -> StoreCounts.of(dataset.asDatasetGraph()));
    }

    /** Runs {@code action} in a read transaction. */
    public <T> T read(Function<Dataset, T> action) {
        return Txn.calculateRead(dataset, () -> action.apply(dataset));
    }

    @Override
    public void close() {
        dataset.close();
    }
}

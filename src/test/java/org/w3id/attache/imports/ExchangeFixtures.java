package org.w3id.attache.imports;

import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.w3id.attache.mapping.Iris;
import org.w3id.attache.mapping.Vocab;
import org.w3id.attache.store.Store;

/** The hand-written RDF of {@code src/test/resources/exchange/}, and ways to compare stores. */
public final class ExchangeFixtures {
    public static final Path DIR = Path.of("src/test/resources/exchange");
    /** Two articles, six facts of five kinds, seven entities: see the comments in the file. */
    public static final Path TWO_ARTICLES = DIR.resolve("two-articles.trig");
    public static final Path HALF_BROKEN = DIR.resolve("half-broken.trig");
    public static final Path VIOLATES_SHAPES = DIR.resolve("violates-shapes.trig");
    public static final Path OTHER_RUSSIA = DIR.resolve("other-russia.trig");

    private ExchangeFixtures() {
    }

    /** An in-memory store holding the two articles. */
    public static Store storeWithTwoArticles() {
        Store store = Store.inMemory();
        store.addQuads(RdfFileReader.read(TWO_ARTICLES));
        return store;
    }

    /** A copy of every quad in the store, to compare with later. */
    public static DatasetGraph snapshot(Store store) {
        return store.read(ds -> {
            DatasetGraph copy = DatasetGraphFactory.createTxnMem();
            ds.asDatasetGraph().find().forEachRemaining(copy::add);
            return copy;
        });
    }

    /** A copy of the store without the att:Import records that import adds to the metadata graph. */
    public static DatasetGraph withoutImportRecords(Store store) {
        DatasetGraph copy = snapshot(store);
        Node metadata = org.apache.jena.graph.NodeFactory.createURI(Iris.METADATA_GRAPH);
        Node importClass = org.apache.jena.graph.NodeFactory.createURI(Vocab.NS + "Import");
        org.apache.jena.atlas.iterator.Iter.toList(copy.find(metadata, Node.ANY, RDF.type.asNode(), importClass))
                .forEach(q -> copy.deleteAny(metadata, q.getSubject(), Node.ANY, Node.ANY));
        return copy;
    }

    /** The quads of the events graph, which the store derives from the facts rather than takes from a file. */
    public static long eventsSize(DatasetGraph dsg) {
        long n = 0;
        for (var it = dsg.find(org.apache.jena.graph.NodeFactory.createURI(Iris.EVENTS_GRAPH), Node.ANY, Node.ANY, Node.ANY); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }

    public static long size(DatasetGraph dsg) {
        long n = 0;
        for (var it = dsg.find(); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }
}

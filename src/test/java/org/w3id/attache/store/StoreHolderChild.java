package org.w3id.attache.store;

import java.nio.file.Path;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * A child JVM of {@link StoreLockTest} that holds a store open as a running {@code serve} or
 * {@code ingest} would: it opens the store, commits one quad, prints {@code open}, and keeps the
 * store until its standard input closes or it is killed.
 *
 * <p>Argument: STORE-DIR.
 */
public final class StoreHolderChild {
    private StoreHolderChild() {
    }

    public static void main(String[] args) throws Exception {
        try (Store s = Store.open(Path.of(args[0]))) {
            Txn.executeWrite(s.dataset(), () -> s.datasetGraph().add(Quad.create(NodeFactory.createURI("https://example.org/g"),
                    NodeFactory.createURI("https://example.org/s"), NodeFactory.createURI("https://example.org/p"),
                    NodeFactory.createLiteralString("held"))));
            System.out.println("open");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the store until the parent lets go
            }
        }
    }
}

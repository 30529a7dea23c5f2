package org.w3id.attache.load;

import java.nio.file.Path;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.solver.stats.Stats;
import org.apache.jena.tdb2.solver.stats.StatsCollectorNodeId;
import org.apache.jena.tdb2.solver.stats.StatsResults;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.attache.store.Store;

/**
 * Writes TDB2's statistics file ({@code stats.opt}) into the store's live generation, as
 * {@code tdb2.tdbstats} makes it: how often each predicate and type occurs, counted over every
 * quad by node id (nothing is decoded), which the query optimizer reads when the store is next
 * opened to order a pattern's joins. An in-memory store has nowhere to keep it.
 */
public final class OptimizerStats {
    private OptimizerStats() {
    }

    /** @return the file written, or null for an in-memory store */
    public static Path write(Store store) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(store.datasetGraph());
        if (tdb.getLocation().isMem()) {
            return null;
        }
        Path file = Path.of(tdb.getLocation().getDirectoryPath()).resolve("stats.opt");
        NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
        StatsCollectorNodeId collector = new StatsCollectorNodeId(quads.getNodeTable());
        StatsResults results = Txn.calculateRead(tdb, () -> {
            quads.findAll().forEachRemaining(t -> collector.record(t.get(0), t.get(1), t.get(2), t.get(3)));
            return collector.results(); // turns node ids into nodes: inside the transaction
        });
        Stats.write(file.toString(), results);
        return file;
    }
}

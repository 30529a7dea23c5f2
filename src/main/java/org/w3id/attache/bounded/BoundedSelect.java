package org.w3id.attache.bounded;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/**
 * SELECT queries over one dataset for one request: each runs only until the request's deadline
 * (then {@link QueryCancelledException}) and returns at most {@code maxRows} rows, however large
 * the store. Values from the request are given as RDF terms for named variables, so no input can
 * change a query's text. The rows are read whole inside a read transaction and stay readable after it.
 * <pre>
 * BoundedSelect select = new BoundedSelect(dataset, System.nanoTime() + timeout, 500);
 * List&lt;Binding&gt; rows = select.rows(QUERY, Map.of("q", NodeFactory.createLiteralString("put")));
 * </pre>
 */
public final class BoundedSelect {
    private final DatasetGraph dataset;
    private final long deadlineNanos;
    private final long maxRows;

    /**
     * @param deadlineNanos the {@link System#nanoTime()} by which every query must have finished
     * @param maxRows the most rows any one query returns (positive)
     */
    public BoundedSelect(DatasetGraph dataset, long deadlineNanos, long maxRows) {
        if (dataset == null) {
            throw new IllegalArgumentException("bounded select: no dataset");
        }
        if (maxRows < 1) {
            throw new IllegalArgumentException("bounded select: the row cap must be positive, got " + maxRows);
        }
        this.dataset = dataset;
        this.deadlineNanos = deadlineNanos;
        this.maxRows = maxRows;
    }

    /** The most rows one query returns. */
    public long maxRows() {
        return maxRows;
    }

    /**
     * The rows of {@code sparql} (a SELECT), its variables bound to {@code values} first; at most
     * {@link #maxRows()} rows, fewer when the query's own LIMIT says so.
     *
     * @throws QueryCancelledException when the deadline passes before the answer is complete
     */
    public List<Binding> rows(String sparql, Map<String, Node> values) {
        Query query = QueryFactory.create(sparql);
        if (!query.isSelectType()) {
            throw new IllegalArgumentException("bounded select: not a SELECT query");
        }
        if (!query.hasLimit() || query.getLimit() > maxRows) {
            query.setLimit(maxRows);
        }
        long leftMillis = TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime());
        if (leftMillis <= 0) {
            throw new QueryCancelledException();
        }
        return Txn.calculateRead(dataset, () -> {
            QueryExecBuilder builder = QueryExec.dataset(dataset).query(query).timeout(leftMillis, TimeUnit.MILLISECONDS);
            values.forEach((name, value) -> builder.substitution(Var.alloc(name), value));
            List<Binding> out = new ArrayList<>();
            try (QueryExec exec = builder.build()) {
                RowSet rows = exec.select();
                // TDB2 rows look their terms up lazily: copied here, they stay readable after the transaction
                rows.forEachRemaining(row -> out.add(BindingFactory.copy(row)));
            }
            return out;
        });
    }
}

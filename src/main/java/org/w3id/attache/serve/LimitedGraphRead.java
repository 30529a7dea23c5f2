package org.w3id.attache.serve;

import java.util.Iterator;
import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.servlets.GraphTarget;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's Graph Store read within the server's limits: before anything is written, the graph (or
 * the dataset, without {@code ?graph}) is counted, up to {@code maxRows} triples and only until the
 * request's deadline; a larger one is refused with 403 (ask for it with a SPARQL query and
 * {@code LIMIT}), one that cannot be counted in time with 503. What is then written is bounded.
 */
final class LimitedGraphRead extends GSP_R {
    private final long maxRows;
    private final long timeoutNanos;

    LimitedGraphRead(long maxRows, long timeoutNanos) {
        this.maxRows = maxRows;
        this.timeoutNanos = timeoutNanos;
    }

    @Override
    protected DatasetGraph decideDataset(HttpAction action) {
        DatasetGraph dataset = super.decideDataset(action);
        ReadBudget budget = ReadBudget.of(action.getRequest(), maxRows, timeoutNanos);
        DatasetGraph counted = budget.over(dataset);
        try {
            if (isQuads(action)) {
                exhaust(counted.find());
            } else {
                GraphTarget target = GraphTarget.determineTargetGSP(counted, action);
                if (target.exists()) {
                    exhaust(target.graph().find());
                }
            }
        } catch (ReadBudget.Exceeded e) {
            if (e.outOfTime()) {
                throw new QueryCancelledException();
            }
            ServletOps.error(HttpSC.FORBIDDEN_403, "Graph Store read refused: " + e.getMessage()
                    + "; ask for it with a SPARQL query and LIMIT");
        }
        return dataset;
    }

    private static void exhaust(Iterator<?> items) {
        while (items.hasNext()) {
            items.next();
        }
    }
}

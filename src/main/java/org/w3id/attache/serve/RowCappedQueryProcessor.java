package org.w3id.attache.serve;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki's query processor with a ceiling on the rows of an answer: a query without a
 * {@code LIMIT}, or with a larger one, runs as if it said {@code LIMIT maxRows}. For CONSTRUCT and
 * DESCRIBE the ceiling applies to the solutions the template is filled from.
 */
final class RowCappedQueryProcessor extends SPARQL_QueryDataset {
    private final long maxRows;

    RowCappedQueryProcessor(long maxRows) {
        this.maxRows = maxRows;
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query q = decided.getRight();
        if (!q.isAskType() && (!q.hasLimit() || q.getLimit() > maxRows)) {
            q.setLimit(maxRows);
        }
        return decided;
    }
}

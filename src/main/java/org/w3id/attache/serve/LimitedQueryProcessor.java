package org.w3id.attache.serve;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki's query processor within the server's limits. A query naming a SERVICE endpoint that is
 * not allowed is refused with 403 before it runs (the {@link ServiceAllowList} in the query
 * context still checks every call as it is made, for endpoints only known then). A query without
 * a {@code LIMIT}, or with a larger one, runs as if it said {@code LIMIT maxRows}; for CONSTRUCT
 * and DESCRIBE the ceiling applies to the solutions the template is filled from.
 */
final class LimitedQueryProcessor extends SPARQL_QueryDataset {
    private final long maxRows;
    private final ServiceAllowList services;

    LimitedQueryProcessor(long maxRows, ServiceAllowList services) {
        this.maxRows = maxRows;
        this.services = services;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        services.refusal(query).ifPresent(ServletOps::errorForbidden);
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

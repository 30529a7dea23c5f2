package org.w3id.attache.serve;

import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.expr.ExprException;

/**
 * Fuseki's query processor within the server's limits.
 * <ul>
 * <li>Refused with 403 before it runs: a query naming a SERVICE endpoint that is not allowed,
 * anywhere in it, expressions included (the {@link ServiceAllowList} in the query context still
 * checks every call as it is made), or a {@code java:} function IRI ({@link JavaIriGuard}).</li>
 * <li>Refused with 400: the {@code stylesheet=} and {@code callback=} parameters, which Fuseki
 * copies unescaped into the XML results' prolog and around JSON results.</li>
 * <li>Every regular expression is cancellable ({@link CancellableRegexRewrite}), and the query runs
 * only for the time left before the deadline {@link QueryAdmission} set at its arrival.</li>
 * <li>A query without a {@code LIMIT}, or with a larger one, runs as if it said
 * {@code LIMIT maxRows}; for CONSTRUCT and DESCRIBE the ceiling applies to the solutions the
 * template is filled from.</li>
 * </ul>
 */
final class LimitedQueryProcessor extends SPARQL_QueryDataset {
    private final long maxRows;
    private final long timeoutMillis;
    private final ServiceAllowList services;

    LimitedQueryProcessor(long maxRows, long timeoutMillis, ServiceAllowList services) {
        this.maxRows = maxRows;
        this.timeoutMillis = timeoutMillis;
        this.services = services;
    }

    @Override
    protected void validateRequest(HttpAction action) {
        super.validateRequest(action);
        for (String injected : new String[] {"stylesheet", "callback"}) {
            if (action.getRequestParameter(injected) != null) {
                ServletOps.errorBadRequest("the " + injected + "= parameter is not supported by this server");
            }
        }
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        Op op = Algebra.compile(query);
        services.refusal(op).or(() -> JavaIriGuard.refusal(op)).ifPresent(ServletOps::errorForbidden);
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query q;
        try {
            q = CancellableRegexRewrite.apply(decided.getRight() == null ? query : decided.getRight());
        } catch (ExprException e) {
            ServletOps.errorBadRequest(e.getMessage());
            return decided;
        }
        if (!q.isAskType() && (!q.hasLimit() || q.getLimit() > maxRows)) {
            q.setLimit(maxRows);
        }
        return Pair.create(decided.getLeft(), q);
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        long left = timeoutMillis;
        if (action.getRequest().getAttribute(QueryAdmission.DEADLINE) instanceof Long deadline) {
            left = Math.min(left, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
        }
        if (left <= 0) {
            throw new QueryCancelledException();
        }
        return QueryExec.newBuilder().dataset(dataset).query(query).context(action.getContext())
                .overallTimeout(left, TimeUnit.MILLISECONDS).build();
    }
}

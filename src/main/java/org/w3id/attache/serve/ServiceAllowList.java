package org.w3id.attache.serve;

import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;

/**
 * The first link of the SERVICE chain: lets a {@code SERVICE} call through only when its endpoint
 * is one of the listed URLs, exactly as written, and fails the query otherwise. It checks each
 * call as it is made, so an endpoint bound from a variable or named in a sub-query is checked too.
 */
final class ServiceAllowList implements ChainingServiceExecutor {
    private final Set<String> allowed;

    ServiceAllowList(List<String> allowed) {
        this.allowed = Set.copyOf(allowed);
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService original, Binding binding,
                                         ExecutionContext execCxt, ServiceExecutor chain) {
        Node service = opExecute.getService();
        if (!service.isURI() || !allowed.contains(service.getURI())) {
            throw new QueryExecException("SERVICE " + service + " is not allowed on this server (see serve --allow-service)");
        }
        return chain.createExecution(opExecute, original, binding, execCxt);
    }
}

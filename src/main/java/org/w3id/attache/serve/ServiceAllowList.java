package org.w3id.attache.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;

/**
 * The SERVICE endpoints a query may call: the listed URLs, exactly as written. As the first link
 * of the SERVICE chain it lets a call through only to one of them and fails the query otherwise,
 * checking each call as it is made; {@link #refusal(Op)} finds every SERVICE clause before the
 * query runs, also those inside expressions ({@code FILTER EXISTS}, {@code NOT EXISTS},
 * {@code BIND(EXISTS …)}), so that a refused call is refused once, with 403, and not once a row.
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
        if (!isAllowed(service)) {
            throw new QueryExecException(refusalMessage(service));
        }
        return chain.createExecution(opExecute, original, binding, execCxt);
    }

    /**
     * Why {@code query} may not run, if one of its {@code SERVICE} clauses names an endpoint that
     * is not allowed, or a variable (an endpoint chosen by the data).
     */
    Optional<String> refusal(Query query) {
        return refusal(Algebra.compile(query));
    }

    /** Why {@code op} may not run, as {@link #refusal(Query)}; the walk enters every expression's graph pattern. */
    Optional<String> refusal(Op op) {
        List<Node> services = new ArrayList<>();
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpService service) {
                services.add(service.getService());
            }
        }, new ExprVisitorBase());
        return services.stream().filter(s -> !isAllowed(s)).findFirst().map(ServiceAllowList::refusalMessage);
    }

    private boolean isAllowed(Node service) {
        return service.isURI() && allowed.contains(service.getURI());
    }

    private static String refusalMessage(Node service) {
        return "SERVICE " + service + " is not allowed on this server (see serve --allow-service)";
    }
}

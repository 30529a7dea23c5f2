package org.w3id.attache.serve;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;

/**
 * The dataset as Fuseki serves it: {@code sparql} (query), {@code get} (Graph Store, read) and,
 * with a password file, {@code update}, each with its processor and a context holding the limits,
 * and nothing at the dataset URL itself. The contexts go on the endpoints, which Fuseki merges
 * over the dataset's own, so the caller's dataset context is left untouched.
 */
final class DatasetEndpoints {
    private DatasetEndpoints() {
    }

    static DataService of(DatasetGraph dataset, ServerLimits limits, PasswordFile passwords) {
        ServiceAllowList allowList = new ServiceAllowList(limits.allowedServices());
        long timeoutNanos = TimeUnit.MILLISECONDS.toNanos(limits.timeoutMillis());
        Endpoint query = Endpoint.create()
                .operation(Operation.Query)
                .endpointName(SparqlServer.QUERY_ENDPOINT)
                .context(context(limits, allowList))
                .processor(new LimitedQueryProcessor(limits.maxRows(), limits.timeoutMillis(), allowList))
                .build();
        Endpoint graphStore = Endpoint.create()
                .operation(Operation.GSP_R)
                .endpointName(SparqlServer.GRAPH_STORE_ENDPOINT)
                .processor(new LimitedGraphRead(limits.maxRows(), timeoutNanos))
                .build();
        DataService.Builder service = DataService.newBuilder(dataset).addEndpoint(query).addEndpoint(graphStore);
        if (passwords != null) {
            service.addEndpoint(Endpoint.create()
                    .operation(Operation.Update)
                    .endpointName(SparqlServer.UPDATE_ENDPOINT)
                    .authPolicy(Auth.policyAllowSpecific(passwords.users()))
                    .context(context(limits, allowList))
                    .processor(new GuardedUpdate(allowList))
                    .build());
        }
        return service.build();
    }

    /**
     * The context a query or update runs in: the timeout, the union default graph, SERVICE only to
     * the allowed endpoints and never following a redirect, and Jena's functions without class
     * loading by {@code java:} IRIs.
     */
    private static Context context(ServerLimits limits, ServiceAllowList allowList) {
        Context context = new Context();
        context.set(ARQ.queryTimeout, Long.toString(limits.timeoutMillis()));
        // The store keeps one graph per article; queries without GRAPH see them all.
        context.set(TDB2.symUnionDefaultGraph, true);
        // SERVICE would let any client make this server send HTTP requests elsewhere: only to
        // the endpoints allowed, and none unless some are (then ARQ's own switch stays off too).
        context.set(ARQ.httpServiceAllowed, !limits.allowedServices().isEmpty());
        ServiceExecutorRegistry services = ServiceExecutorRegistry.get().copy();
        services.addSingleLink(allowList);
        ServiceExecutorRegistry.set(context, services);
        // An allowed endpoint answering with a redirect must not send the call to another host.
        context.set(ARQ.httpQueryClient, HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build());
        FunctionRegistry.set(context, JavaIriGuard.functions());
        PropertyFunctionRegistry.set(context, JavaIriGuard.propertyFunctions());
        return context;
    }
}

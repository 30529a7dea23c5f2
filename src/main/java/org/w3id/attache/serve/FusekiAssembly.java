package org.w3id.attache.serve;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.w3id.attache.bounded.BoundedSelect;
import org.w3id.attache.reconcile.ReconcileService;
import org.w3id.attache.web.HomePage;
import org.w3id.attache.web.QueryListPage;
import org.w3id.attache.web.RelationEventsPage;
import org.w3id.attache.web.RelationFilter;
import org.w3id.attache.web.RelationsPage;
import org.w3id.attache.web.SearchResults;
import org.w3id.attache.web.Site;
import org.w3id.attache.web.TimelinePage;

/**
 * Puts the embedded Fuseki of a {@link SparqlServer} together from checked settings: the dataset's
 * endpoints, the filters every request passes (security headers, hidden server paths, size limit,
 * admission), the pages, the thread pool, and the Jetty handlers that read request bodies first
 * and cut off slow ones, and the one that moves Fuseki's UI to {@code /sparql-ui/}; bound to one
 * host, not yet started.
 */
final class FusekiAssembly {
    private static final String DATASET_NAME = SparqlServer.DATASET_NAME;
    private static final String DESCRIPTION_PATH = SparqlServer.DESCRIPTION_PATH;

    private FusekiAssembly() {
    }

    static FusekiServer assemble(DatasetGraph dataset, String host, int port, ServerLimits limits, PasswordFile passwords,
                                 Function<String, Model> description, Site site, Map<String, String> queries) {
        long timeoutMillis = limits.timeoutMillis();
        long maxRequestBytes = limits.maxRequestBytes();
        OperationRegistry operations = readOnlyOperations();
        if (passwords != null) {
            operations.register(Operation.Update, WebContent.contentTypeSPARQLUpdate,
                    OperationRegistry.createStd().findHandler(Operation.Update));
        }
        FusekiServer.Builder fusekiBuilder = FusekiServer.create(operations)
                .fusekiModules(FusekiModules.create(FMod_UI.create()))
                .port(port)
                .numServerThreads(4, limits.maxThreads())
                .addFilter("/*", new SecurityHeaders())
                .addFilter("/*", new HiddenServerPaths())
                .addFilter("/*", new RequestSizeLimit(maxRequestBytes))
                .addFilter("/*", new QueryAdmission(limits.maxRunning(), limits.maxPerClient(), limits.maxWaiting(), timeoutMillis))
                .add("/" + DATASET_NAME, DatasetEndpoints.of(dataset, limits, passwords));
        if (passwords != null) {
            fusekiBuilder.passwordFile(passwords.path().toString()).auth(AuthScheme.BASIC);
        }
        if (description != null) {
            fusekiBuilder.addServlet("/" + DATASET_NAME + "/" + DESCRIPTION_PATH, new VoidServlet(description));
        }
        addPages(fusekiBuilder, dataset, site, queries, limits);
        FusekiServer fuseki = fusekiBuilder.build();
        bindTo(fuseki, host);
        readBodiesFirst(fuseki.getJettyServer(), limits);
        return fuseki;
    }

    /**
     * The pages for people, all read-only: the home page at {@code /} with its entity search, the
     * reconciliation service at {@code /reconcile}, the relations between states at
     * {@code /relations} (and each edge's events at {@code /relations/events}),
     * minted IRIs at {@code /id/…} (RDF or HTML), the timeline, the list of competency queries,
     * and Fuseki's own UI (its YASGUI query editor) by {@link FMod_UI}, moved to
     * {@code /sparql-ui/} by {@link UiPath}. Pages that read with SPARQL get a
     * {@link BoundedSelect}: the request's deadline, and at most the row limit. The UI needs the server-control attribute to find its files (Fuseki's rule:
     * {@code $FUSEKI_BASE/webapp}, default {@code ./run/webapp}, else the jena-fuseki-ui jar) and
     * reads the list of datasets from {@code /$/server}; the admin module itself is not loaded,
     * so no dataset can be added, uploaded to, backed up or deleted through the UI, and
     * {@link ReadOnlyUi} hides the links that would only fail.
     */
    private static void addPages(FusekiServer.Builder fuseki, DatasetGraph dataset, Site site, Map<String, String> queries,
                                 ServerLimits limits) {
        long timeoutNanos = TimeUnit.MILLISECONDS.toNanos(limits.timeoutMillis());
        Function<HttpServletRequest, BoundedSelect> select = request -> new BoundedSelect(dataset,
                ReadBudget.deadline(request, timeoutNanos), limits.maxRows());
        fuseki.addServlet("", new HtmlPageServlet(request -> new HomePage(site).render(select.apply(request))))
                .addServlet(Site.SEARCH_PATH, new SearchServlet(new SearchResults(site), select))
                .addServlet(Site.RELATIONS_PATH, new HtmlPageServlet(request -> new RelationsPage(site).render(select.apply(request),
                        relationFilter(request))))
                .addServlet(Site.RELATION_EVENTS_PATH, new HtmlPageServlet(request -> new RelationEventsPage(site).render(
                        select.apply(request), request.getParameter("a"), request.getParameter("b"), relationFilter(request),
                        Requests.intParameter(request, "offset", 0))))
                .addServlet(SparqlServer.RECONCILE_PATH, new ReconcileServlet(new ReconcileService(site.base()), select))
                .addServlet(Site.SEARCH_SCRIPT_PATH, new AssetServlet(HomePage.class, "search.js", "text/javascript;charset=utf-8"))
                .addServlet(Site.UI_PATH.substring(0, Site.UI_PATH.length() - 1), new RedirectServlet(Site.UI_PATH))
                .addServlet(Site.ID_PATH + "*", new LinkedDataServlet(dataset, site,
                        request -> ReadBudget.of(request, limits.maxRows(), timeoutNanos)))
                .addServlet(Site.TIMELINE_PATH, new HtmlPageServlet(request -> Txn.calculateRead(dataset, () -> {
                    DatasetGraph budgeted = ReadBudget.of(request, limits.maxRows(), timeoutNanos).over(dataset);
                    return new TimelinePage(site).render(budgeted, request.getParameter("actor"), request.getParameter("country"),
                            Requests.intParameter(request, "offset", 0));
                })))
                .addServlet(Site.QUERIES_PATH, new HtmlPageServlet(request -> new QueryListPage(site).render(queries)))
                .addServlet("/" + DATASET_NAME + "/*", new NotFoundServlet())
                .addServletAttribute(Fuseki.attrFusekiServerCtl, new FusekiServerCtl(null))
                .addServlet("/$/server", new ActionServerStatus())
                .addFilter("/*", new ReadOnlyUi())
                .enablePing(true);
    }

    private static RelationFilter relationFilter(HttpServletRequest request) {
        return RelationFilter.of(request.getParameter("from"), request.getParameter("to"), request.getParameterValues("kind"),
                request.getParameter("leaders"));
    }

    /**
     * The only operations a read-only server can perform. With no update, upload or GSP-write
     * handler registered, no endpoint can ever dispatch to one; {@link SparqlServer.Builder#update(java.nio.file.Path)} adds
     * update alone.
     */
    private static OperationRegistry readOnlyOperations() {
        OperationRegistry standard = OperationRegistry.createStd();
        OperationRegistry registry = OperationRegistry.createEmpty();
        registry.register(Operation.Query, WebContent.contentTypeSPARQLQuery, standard.findHandler(Operation.Query));
        registry.register(Operation.GSP_R, standard.findHandler(Operation.GSP_R));
        return registry;
    }

    /**
     * Has Jetty read a request body whole (up to the size limit), without holding a thread, before
     * any servlet sees the request, and cuts off a body that arrives too slowly. A client sending
     * its body slowly then holds neither a thread nor a place among the running queries.
     */
    private static void readBodiesFirst(Server jetty, ServerLimits limits) {
        int maxBytes = (int) Math.min(Integer.MAX_VALUE - 1, limits.maxRequestBytes());
        EagerContentHandler eager = new EagerContentHandler(MinimumBodyRate.skippingCutOff(jetty.getHandler()),
                new EagerContentHandler.FormContentLoaderFactory(1000, maxBytes),
                new EagerContentHandler.RetainedContentLoaderFactory(maxBytes + 64L * 1024, -1, false));
        eager.include(request -> request.getLength() > 0 && request.getLength() <= limits.maxRequestBytes());
        jetty.setHandler(new UiPath(new MinimumBodyRate(eager, limits.minBodyBytesPerSecond(), ServerLimits.BODY_GRACE)));
    }

    /**
     * Restricts every connector to {@code host}. Fuseki's builder only offers all interfaces or
     * localhost ({@code loopback}); the Jetty server it builds is set up but not started, so its
     * connectors can still be given a host, as Fuseki itself does for loopback.
     */
    private static void bindTo(FusekiServer fuseki, String host) {
        for (Connector connector : fuseki.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector serverConnector) {
                serverConnector.setHost(host);
            } else {
                throw new IllegalStateException("SPARQL server: cannot set the host of connector " + connector);
            }
        }
    }

}

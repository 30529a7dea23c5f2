package org.w3id.attache.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Function;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.QueryCancelledException;
import org.w3id.attache.bounded.BoundedSelect;
import org.w3id.attache.lookup.EntityLookup;
import org.w3id.attache.reconcile.ReconcileService;

/**
 * {@code /reconcile}: the reconciliation service. {@code GET} without {@code queries} answers the
 * service manifest, whose view URL is this server at the address and port the request came in on
 * (never the client's Host header); {@code queries=JSON} by {@code GET} or a {@code POST}ed form
 * answers the batch. A bad batch gets 400 with a JSON {@code {"error": …}} saying why; a batch
 * that takes longer than the query timeout 503.
 */
final class ReconcileServlet extends HttpServlet {
    private final transient ReconcileService service;
    private final transient Function<HttpServletRequest, BoundedSelect> select;

    ReconcileServlet(ReconcileService service, Function<HttpServletRequest, BoundedSelect> select) {
        this.service = service;
        this.select = select;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getParameter("queries") == null) {
            Requests.send(response, HttpServletResponse.SC_OK, "application/json", service.manifest(serverRoot(request)).toString());
            return;
        }
        answer(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getParameter("queries") == null) {
            error(response, HttpServletResponse.SC_BAD_REQUEST, "no queries: POST a form with queries={\"q0\":{\"query\":\"a name\"}}");
            return;
        }
        answer(request, response);
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonObject answer;
        try {
            answer = service.answer(new EntityLookup(select.apply(request)), request.getParameter("queries"));
        } catch (IllegalArgumentException e) {
            error(response, HttpServletResponse.SC_BAD_REQUEST, "bad reconciliation queries: " + e.getMessage());
            return;
        } catch (QueryCancelledException e) {
            error(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "the batch took longer than the query timeout;"
                    + " send fewer queries at once");
            return;
        }
        Requests.send(response, HttpServletResponse.SC_OK, "application/json", answer.toString());
    }

    private static void error(HttpServletResponse response, int status, String message) throws IOException {
        JsonObject error = new JsonObject();
        error.put("error", message);
        Requests.send(response, status, "application/json", error.toString());
    }

    private static String serverRoot(HttpServletRequest request) {
        String address = request.getLocalAddr();
        String host = address.indexOf(':') >= 0 ? "[" + address + "]" : address; // IPv6 literal
        return request.getScheme() + "://" + host + ":" + request.getLocalPort() + request.getContextPath();
    }
}

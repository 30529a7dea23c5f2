package org.w3id.attache.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.QueryCancelledException;
import org.w3id.attache.bounded.BoundedSelect;
import org.w3id.attache.lookup.EntityLookup;
import org.w3id.attache.lookup.EntityMatches;
import org.w3id.attache.web.SearchResults;

/**
 * {@code GET /search?q=NAME&offset=N}: entities whose label or alias contains NAME, a page of
 * {@link SearchResults#PAGE}, as JSON when the Accept header asks for {@code application/json}
 * (the home page's script does) and as an HTML page otherwise. A missing or too long name, or an
 * offset that is no number in range, gets 400 with the reason; a look-up past the query timeout 503.
 */
final class SearchServlet extends HttpServlet {
    private final transient SearchResults results;
    private final transient Function<HttpServletRequest, BoundedSelect> select;

    SearchServlet(SearchResults results, Function<HttpServletRequest, BoundedSelect> select) {
        this.results = results;
        this.select = select;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String accept = request.getHeader("Accept");
        boolean json = accept != null && accept.contains("application/json") && !accept.contains("text/html");
        response.setHeader("Vary", "Accept");
        String q = request.getParameter("q") == null ? "" : request.getParameter("q").strip();
        int offset;
        EntityMatches page;
        try {
            offset = Requests.intParameter(request, "offset", 0);
            page = new EntityLookup(select.apply(request)).find(q, Set.of(), offset, SearchResults.PAGE);
        } catch (IllegalArgumentException e) {
            error(response, json, HttpServletResponse.SC_BAD_REQUEST, "bad search: " + e.getMessage());
            return;
        } catch (QueryCancelledException e) {
            error(response, json, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "the search took longer than the query timeout;"
                    + " try a longer name");
            return;
        }
        if (json) {
            Requests.send(response, HttpServletResponse.SC_OK, "application/json", results.json(q, offset, page));
        } else {
            Requests.send(response, HttpServletResponse.SC_OK, "text/html", results.html(q, offset, page));
        }
    }

    private static void error(HttpServletResponse response, boolean json, int status, String message) throws IOException {
        if (json) {
            JsonObject error = new JsonObject();
            error.put("error", message);
            Requests.send(response, status, "application/json", error.toString());
        } else {
            Requests.send(response, status, "text/plain", status + " " + message + "\n");
        }
    }
}

package org.w3id.attache.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.apache.jena.query.QueryCancelledException;

/**
 * {@code GET} of one HTML page, made afresh for each request from its parameters; 400 with the
 * reason when a parameter is bad ({@link IllegalArgumentException}), 503 when making it goes past
 * the request's {@link ReadBudget} or its queries past the query timeout.
 */
final class HtmlPageServlet extends HttpServlet {
    private final transient Function<HttpServletRequest, String> page;

    HtmlPageServlet(Function<HttpServletRequest, String> page) {
        this.page = page;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body;
        try {
            body = page.apply(request).getBytes(StandardCharsets.UTF_8);
        } catch (ReadBudget.Exceeded e) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "this page cannot be made here: " + e.getMessage());
            return;
        } catch (QueryCancelledException e) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "this page cannot be made here: it takes longer than"
                    + " the query timeout (see serve --timeout)");
            return;
        } catch (IllegalArgumentException e) {
            Requests.send(response, HttpServletResponse.SC_BAD_REQUEST, "text/plain", "400 Bad Request: " + e.getMessage() + "\n");
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/html;charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}

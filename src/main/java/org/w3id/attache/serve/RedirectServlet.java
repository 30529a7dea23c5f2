package org.w3id.attache.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code GET} answered with a permanent redirect to one fixed path on this server ({@code /sparql-ui} to {@code /sparql-ui/}). */
final class RedirectServlet extends HttpServlet {
    private final String location;

    RedirectServlet(String location) {
        this.location = location;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", location);
        response.setContentLength(0);
    }
}

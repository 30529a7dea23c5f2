package org.w3id.attache.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * 404 for what Fuseki's UI module adds beside the UI and a public read-only server does not offer:
 * {@code /$/stats} (request counts of every endpoint, for administrators) and {@code /$/validate/…}
 * (parsers for any query, update or RDF a client posts, outside every limit on queries).
 */
final class HiddenServerPaths implements Filter {
    private static final List<String> HIDDEN = List.of("/$/stats", "/$/validate");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String path = http.getRequestURI().substring(http.getContextPath().length());
        if (HIDDEN.stream().anyMatch(hidden -> path.equals(hidden) || path.startsWith(hidden + "/"))) {
            ((HttpServletResponse) response).sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }
}

package org.w3id.attache.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * What Fuseki's UI module adds beside the UI and a public read-only server does not offer:
 * {@code /$/stats} (request counts of every endpoint, for administrators) answers an empty JSON
 * object, which the UI shows as no statistics (a 404 would put an error on every page of it), and
 * {@code /$/validate/…} (parsers for any query, update or RDF a client posts, outside every limit
 * on queries) is 404.
 */
final class HiddenServerPaths implements Filter {
    private static final String STATS = "/$/stats";
    private static final String VALIDATORS = "/$/validate";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String path = http.getRequestURI().substring(http.getContextPath().length());
        HttpServletResponse out = (HttpServletResponse) response;
        if (under(path, STATS)) {
            out.setContentType("application/json;charset=utf-8");
            out.getWriter().write("{}\n");
            return;
        }
        if (under(path, VALIDATORS)) {
            out.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}

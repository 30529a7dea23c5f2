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
 * Refuses a request before any of it is parsed when it is bigger than the limit: a body over
 * the limit gets 413, a query string over it 414, and a body of unknown length (chunked) 411,
 * since its size could only be learnt by reading it.
 */
final class RequestSizeLimit implements Filter {
    private final long maxBytes;

    RequestSizeLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse out = (HttpServletResponse) response;
        String queryString = http.getQueryString();
        long length = http.getContentLengthLong();
        boolean chunked = length < 0 && http.getHeader("Transfer-Encoding") != null;
        if (queryString != null && queryString.length() > maxBytes) {
            out.sendError(414, "query string longer than " + maxBytes + " bytes");
        } else if (length > maxBytes) {
            out.sendError(413, "request body longer than " + maxBytes + " bytes");
        } else if (chunked) {
            out.sendError(411, "a request body needs a Content-Length (at most " + maxBytes + " bytes)");
        } else {
            chain.doFilter(request, response);
        }
    }
}

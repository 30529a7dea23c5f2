package org.w3id.attache.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers that keep a browser from running what the server did not write, on every response:
 * a Content-Security-Policy that allows scripts only from this server's own files (no inline
 * script, no {@code eval}), and no framing ({@code frame-ancestors 'none'}, and
 * {@code X-Frame-Options: DENY} for older browsers); {@code X-Content-Type-Options: nosniff}, so a
 * result is never read as another type than it is sent as; and no Referer to other sites.
 */
final class SecurityHeaders implements Filter {
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
            + " frame-ancestors 'none'";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletResponse http = (HttpServletResponse) response;
        http.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        http.setHeader("X-Content-Type-Options", "nosniff");
        http.setHeader("X-Frame-Options", "DENY");
        http.setHeader("Referrer-Policy", "no-referrer");
        chain.doFilter(request, response);
    }
}

package org.w3id.attache.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code GET} of one file shipped in the jar (the home page's script), read once, with its media type. */
final class AssetServlet extends HttpServlet {
    private final byte[] body;
    private final String type;

    /** @param resource the file's name on the class path, relative to {@code anchor}'s package */
    AssetServlet(Class<?> anchor, String resource, String type) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("SPARQL server: the jar has no " + resource);
            }
            this.body = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("SPARQL server: cannot read " + resource, e);
        }
        this.type = type;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(type);
        response.setHeader("Cache-Control", "max-age=300");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}

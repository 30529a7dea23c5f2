package org.w3id.attache.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Function;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.WebContent;

/**
 * {@code GET /attache/void}: the dataset's description, made afresh for each request with the
 * query endpoint's URL at the address and port the request came in on (never from the request's
 * Host header, which the client writes). Turtle, or JSON-LD / N-Triples when the Accept header
 * asks for them.
 */
final class VoidServlet extends HttpServlet {
    private final transient Function<String, Model> describe;

    VoidServlet(Function<String, Model> describe) {
        this.describe = describe;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String address = request.getLocalAddr();
        String host = address.indexOf(':') >= 0 ? "[" + address + "]" : address; // IPv6 literal
        String endpoint = request.getScheme() + "://" + host + ":" + request.getLocalPort() + request.getContextPath()
                + "/" + SparqlServer.DATASET_NAME + "/" + SparqlServer.QUERY_ENDPOINT;
        Model description = describe.apply(endpoint);
        String accept = request.getHeader("Accept") == null ? "" : request.getHeader("Accept");
        Lang lang = accept.contains(WebContent.contentTypeJSONLD) ? Lang.JSONLD
                : accept.contains(WebContent.contentTypeNTriples) ? Lang.NTRIPLES : Lang.TURTLE;
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(lang.getContentType().getContentTypeStr());
        response.setCharacterEncoding("UTF-8");
        RDFDataMgr.write(response.getOutputStream(), description, lang);
    }
}

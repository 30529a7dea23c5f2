package org.w3id.attache.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.attache.web.ResourceDescription;
import org.w3id.attache.web.ResourcePages;
import org.w3id.attache.web.Site;

/**
 * {@code GET /id/PATH}: the minted IRI {@code BASE PATH} dereferenced. A suffix ({@code .ttl},
 * {@code .jsonld}, {@code .nt}, {@code .html}) chooses the format, else the Accept header does
 * (Turtle when it says nothing or anything goes, HTML for browsers; {@code ?offset=N} pages an
 * entity's articles, 400 when it is no whole number from 0); 404 when the store knows
 * nothing about the IRI, 406 when no offered format is acceptable, 503 when making the answer
 * goes past the request's {@link ReadBudget}.
 */
final class LinkedDataServlet extends HttpServlet {
    private static final String HTML = "text/html";
    private static final Map<String, String> SUFFIXES = Map.of(".ttl", Lang.TURTLE.getHeaderString(),
            ".jsonld", Lang.JSONLD.getHeaderString(), ".nt", Lang.NTRIPLES.getHeaderString(), ".html", HTML);
    /** What can be offered, the first being the choice when the client accepts anything. */
    private static final AcceptList OFFERED = AcceptList.create(Lang.TURTLE.getHeaderString(), HTML,
            Lang.JSONLD.getHeaderString(), Lang.NTRIPLES.getHeaderString());

    private final transient DatasetGraph dataset;
    private final transient Site site;
    private final transient ResourcePages pages;
    private final transient Function<HttpServletRequest, ReadBudget> budget;

    LinkedDataServlet(DatasetGraph dataset, Site site, Function<HttpServletRequest, ReadBudget> budget) {
        this.dataset = dataset;
        this.site = site;
        this.pages = new ResourcePages(site);
        this.budget = budget;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String local = path.startsWith(Site.ID_PATH) ? path.substring(Site.ID_PATH.length()) : "";
        String format = null;
        for (Map.Entry<String, String> suffix : SUFFIXES.entrySet()) {
            if (local.endsWith(suffix.getKey())) {
                local = local.substring(0, local.length() - suffix.getKey().length());
                format = suffix.getValue();
            }
        }
        response.setHeader("Vary", "Accept");
        if (format == null) {
            format = negotiate(request.getHeader("Accept"));
            if (format == null) {
                send(response, HttpServletResponse.SC_NOT_ACCEPTABLE, "text/plain",
                        "406 Not Acceptable: this IRI is served as " + String.join(", ", SUFFIXES.values()) + "\n");
                return;
            }
        }
        if (local.isEmpty()) {
            send(response, HttpServletResponse.SC_NOT_FOUND, "text/plain", "404 Not Found: no IRI given after " + Site.ID_PATH + "\n");
            return;
        }
        String iri = site.iriOf(local);
        String chosen = format;
        int offset;
        try {
            offset = Requests.intParameter(request, "offset", 0);
        } catch (IllegalArgumentException e) {
            send(response, HttpServletResponse.SC_BAD_REQUEST, "text/plain", "400 Bad Request: " + e.getMessage() + "\n");
            return;
        }
        DatasetGraph budgeted = budget.apply(request).over(dataset);
        Optional<String> body;
        try {
            body = Txn.calculateRead(dataset, () -> render(budgeted, iri, chosen, offset));
        } catch (ReadBudget.Exceeded e) {
            send(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "text/plain", "503 Service Unavailable: <" + iri
                    + "> cannot be answered here: " + e.getMessage() + "; ask the SPARQL endpoint with LIMIT\n");
            return;
        }
        if (body.isEmpty()) {
            send(response, HttpServletResponse.SC_NOT_FOUND, "text/plain", "404 Not Found: attache knows nothing about <" + iri + ">\n");
            return;
        }
        send(response, HttpServletResponse.SC_OK, format, body.get());
    }

    private Optional<String> render(DatasetGraph budgeted, String iri, String format, int offset) {
        if (format.equals(HTML)) {
            return pages.html(budgeted, iri, offset);
        }
        Model description = ResourceDescription.describe(budgeted, iri);
        if (description.isEmpty()) {
            return Optional.empty();
        }
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, description, RDFLanguages.contentTypeToLang(format));
        return Optional.of(out.toString());
    }

    /** The offered type the Accept header prefers; Turtle when there is none. */
    static String negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return Lang.TURTLE.getHeaderString();
        }
        MediaType match = AcceptList.match(new AcceptList(accept), OFFERED);
        return match == null ? null : match.getContentTypeStr();
    }

    private static void send(HttpServletResponse response, int status, String type, String body) throws IOException {
        response.setStatus(status);
        response.setContentType(type + ";charset=utf-8");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}

package org.w3id.attache.serve;

import java.util.List;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.w3id.attache.web.Site;

/**
 * Fuseki's UI at {@link Site#UI_PATH} instead of {@code /}, which is attache's home page. The UI
 * is a single page that takes its own location as the server's root: at {@code /sparql-ui/} it
 * asks {@code /sparql-ui/$/server}, loads {@code /sparql-ui/static/…} and queries
 * {@code /sparql-ui/attache/sparql}. Before the servlets see such a request, its path loses the
 * prefix (and {@code /sparql-ui/} becomes the UI's {@code /index.html}), so it is served by what
 * serves the unprefixed path, through the same filters and limits. Other paths pass unchanged.
 */
final class UiPath extends Handler.Wrapper {
    /** What the UI asks for below its root: its page, its files, the server status, the dataset. */
    private static final List<String> PASSED = List.of("index.html", "favicon.ico", "static/", "$/", SparqlServer.DATASET_NAME + "/");

    UiPath(Handler handler) {
        super(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = request.getHttpURI().getPath();
        String inner = path == null ? null : unprefixed(path);
        if (inner == null) {
            return super.handle(request, response, callback);
        }
        HttpURI uri = HttpURI.build(request.getHttpURI()).path(inner).asImmutable();
        return super.handle(new Request.Wrapper(request) {
            @Override
            public HttpURI getHttpURI() {
                return uri;
            }
        }, response, callback);
    }

    /** The path the UI means by {@code path}, or null when it is not one of the UI's. */
    static String unprefixed(String path) {
        if (!path.startsWith(Site.UI_PATH)) {
            return null;
        }
        String rest = path.substring(Site.UI_PATH.length());
        if (rest.isEmpty()) {
            return "/index.html";
        }
        for (String passed : PASSED) {
            if (passed.endsWith("/") ? rest.startsWith(passed) : rest.equals(passed)) {
                return "/" + rest;
            }
        }
        return null;
    }
}

package org.w3id.attache.serve;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Optional;
import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's SPARQL Update, kept to the store. Refused with 403 before anything runs: {@code LOAD}
 * (it would read local files, or fetch any URL, into the store), a {@code SERVICE} not on the
 * allow-list or a {@code java:} function in an update's {@code WHERE}, and any request with an
 * {@code Origin} other than this server's own. Only {@code application/sparql-update} bodies are
 * taken (415 otherwise): an HTML form from another site can send a form-encoded
 * {@code update=}, with the browser's cached Basic credentials, but not this content type.
 */
final class GuardedUpdate extends SPARQL_Update {
    private final ServiceAllowList services;

    GuardedUpdate(ServiceAllowList services) {
        this.services = services;
    }

    @Override
    public void validate(HttpAction action) {
        String origin = action.getRequestHeader("Origin");
        if (origin != null && !origin.equals(ownOrigin(action))) {
            ServletOps.error(HttpSC.FORBIDDEN_403, "SPARQL Update from another site (Origin " + origin + ") is refused");
        }
        ContentType type = ActionLib.getContentType(action);
        if ("POST".equals(action.getRequestMethod()) && (type == null
                || !WebContent.contentTypeSPARQLUpdate.equalsIgnoreCase(type.getContentTypeStr()))) {
            ServletOps.error(HttpSC.UNSUPPORTED_MEDIA_TYPE_415, "SPARQL Update must be sent as " + WebContent.contentTypeSPARQLUpdate);
        }
        super.validate(action);
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        byte[] body;
        try {
            body = input.readAllBytes();
        } catch (IOException e) {
            ServletOps.errorOccurred(e);
            return;
        }
        refusal(body).ifPresent(ServletOps::errorForbidden);
        super.execute(action, new ByteArrayInputStream(body));
    }

    /** Why the update may not run; empty when it may, or when it does not parse (Fuseki then answers 400). */
    private Optional<String> refusal(byte[] body) {
        UpdateRequest request;
        try {
            request = UpdateFactory.read(new ByteArrayInputStream(body), Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
        } catch (QueryException e) {
            return Optional.empty();
        }
        for (Update update : request.getOperations()) {
            if (update instanceof UpdateLoad) {
                return Optional.of("LOAD is not allowed on this server: import files with attache import, with serve stopped");
            }
            if (update instanceof UpdateModify modify && modify.getWherePattern() != null) {
                Op where = Algebra.compile(modify.getWherePattern());
                Optional<String> refused = services.refusal(where).or(() -> JavaIriGuard.refusal(where));
                if (refused.isPresent()) {
                    return refused;
                }
            }
        }
        return Optional.empty();
    }

    private static String ownOrigin(HttpAction action) {
        URI self = URI.create(action.getRequest().getRequestURL().toString());
        return self.getScheme() + "://" + self.getRawAuthority();
    }
}

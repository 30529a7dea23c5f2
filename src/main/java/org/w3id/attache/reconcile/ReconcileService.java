package org.w3id.attache.reconcile;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.w3id.attache.lookup.EntityLookup;
import org.w3id.attache.mapping.Vocab;

/**
 * The reconciliation service of one server: its manifest, and the answer to a batch of queries.
 * <pre>
 * ReconcileService service = new ReconcileService("https://w3id.org/attache/id/");
 * JsonObject manifest = service.manifest("http://127.0.0.1:3030");
 * JsonObject answer = service.answer(lookup, "{\"q0\":{\"query\":\"Putin\",\"type\":\"Person\"}}");
 * </pre>
 */
public final class ReconcileService {
    /** The types offered in OpenRefine's dialog: the attache classes of the names a spreadsheet holds. */
    static final String[] DEFAULT_TYPES = {"Person", "State", "Organisation"};
    private final String base;

    /** @param base the instance base, the identifier space of the candidates' ids */
    public ReconcileService(String base) {
        this.base = base;
    }

    /**
     * The service manifest: name, versions, identifier and schema space, the default types, and
     * the view URL of an id on the server at {@code serverRoot} (its entity page).
     */
    public JsonObject manifest(String serverRoot) {
        JsonObject m = new JsonObject();
        JsonArray versions = new JsonArray();
        versions.add("0.2");
        m.put("versions", versions);
        m.put("name", "attache: people, states and organisations in the news");
        m.put("identifierSpace", base);
        m.put("schemaSpace", Vocab.NS);
        JsonArray types = new JsonArray();
        for (String t : DEFAULT_TYPES) {
            JsonObject type = new JsonObject();
            type.put("id", t);
            type.put("name", t);
            types.add(type);
        }
        m.put("defaultTypes", types);
        JsonObject view = new JsonObject();
        view.put("url", serverRoot + "/id/{{id}}");
        m.put("view", view);
        return m;
    }

    /**
     * The candidates for each query of {@code queries} (the request's JSON).
     *
     * @throws IllegalArgumentException when the batch is not valid JSON, too large, or a query is malformed
     * @throws org.apache.jena.query.QueryCancelledException when looking up takes past the lookup's deadline
     */
    public JsonObject answer(EntityLookup lookup, String queries) {
        return new Reconciler(lookup, base).answer(QueryBatch.parse(queries));
    }
}

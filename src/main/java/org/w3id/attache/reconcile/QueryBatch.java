package org.w3id.attache.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.w3id.attache.guard.NestingDepth;
import org.w3id.attache.lookup.EntityLookup;
import org.w3id.attache.mapping.Vocab;

/**
 * Reads the {@code queries} parameter of a reconciliation request: a JSON object of queries by
 * key, each {@code {"query": NAME, "type": ID or [IDs], "limit": N, "properties": […],
 * "type_strict": …}}. Hostile input is bounded before and while it is read: at most
 * {@link #MAX_QUERIES} queries, names of at most {@link EntityLookup#MAX_NAME} characters, keys of
 * at most {@link #MAX_KEY}, no deeper nesting than a batch needs, limits capped at
 * {@link #MAX_LIMIT}. Anything else is refused with an {@link IllegalArgumentException} that says
 * what is wrong.
 */
final class QueryBatch {
    /** The most queries in one batch (OpenRefine sends 10 by default). */
    static final int MAX_QUERIES = 50;
    /** The most candidates one query gets. */
    static final int MAX_LIMIT = 25;
    /** Candidates when a query does not say. */
    static final int DEFAULT_LIMIT = 5;
    static final int MAX_KEY = 100;
    /** A batch nests four levels (batch, query, properties, a value); a little room beyond. */
    private static final int MAX_DEPTH = 8;

    private QueryBatch() {
    }

    static List<NameQuery> parse(String json) {
        if (json == null || json.isBlank()) {
            throw new IllegalArgumentException("no queries given");
        }
        if (NestingDepth.of(json) > MAX_DEPTH) {
            throw new IllegalArgumentException("queries nest deeper than " + MAX_DEPTH + " levels");
        }
        JsonValue batch;
        try {
            batch = JSON.parseAny(json);
        } catch (JsonException e) {
            throw new IllegalArgumentException("queries are not valid JSON: " + firstLine(e.getMessage()));
        } catch (RuntimeException e) {
            // Jena's JSON parser meets a cut-off text with a NullPointerException rather than its own exception
            throw new IllegalArgumentException("queries are not valid JSON: the text is cut off or malformed");
        }
        if (!batch.isObject()) {
            throw new IllegalArgumentException("queries must be a JSON object of queries by key, like {\"q0\":{\"query\":\"Putin\"}}");
        }
        JsonObject queries = batch.getAsObject();
        if (queries.size() > MAX_QUERIES) {
            throw new IllegalArgumentException("at most " + MAX_QUERIES + " queries in a batch, got " + queries.size());
        }
        List<NameQuery> out = new ArrayList<>();
        for (Map.Entry<String, JsonValue> entry : queries.entrySet()) {
            out.add(query(entry.getKey(), entry.getValue()));
        }
        return out;
    }

    private static NameQuery query(String key, JsonValue value) {
        if (key.length() > MAX_KEY) {
            throw new IllegalArgumentException("a query key is longer than " + MAX_KEY + " characters");
        }
        if (!value.isObject()) {
            throw new IllegalArgumentException("query '" + key + "' is not a JSON object");
        }
        JsonObject q = value.getAsObject();
        String name = "";
        if (q.hasKey("query")) {
            if (!q.get("query").isString()) {
                throw new IllegalArgumentException("query '" + key + "': \"query\" must be a string");
            }
            name = q.get("query").getAsString().value().strip();
        } else if (!q.hasKey("properties")) {
            throw new IllegalArgumentException("query '" + key + "' has neither \"query\" nor \"properties\"");
        }
        if (name.length() > EntityLookup.MAX_NAME) {
            throw new IllegalArgumentException("query '" + key + "' is longer than " + EntityLookup.MAX_NAME + " characters");
        }
        return new NameQuery(key, name, types(key, q.get("type")), limit(key, q.get("limit")));
    }

    private static Set<String> types(String key, JsonValue type) {
        Set<String> out = new LinkedHashSet<>();
        if (type == null || type.isNull()) {
            return out;
        }
        List<JsonValue> ids = type.isArray() ? type.getAsArray() : List.of(type);
        if (ids.size() > 10) {
            throw new IllegalArgumentException("query '" + key + "': at most 10 types");
        }
        for (JsonValue id : ids) {
            if (!id.isString()) {
                throw new IllegalArgumentException("query '" + key + "': a type must be a string, like \"Person\"");
            }
            String t = id.getAsString().value();
            out.add(t.startsWith(Vocab.NS) ? t.substring(Vocab.NS.length()) : t);
        }
        return out;
    }

    private static int limit(String key, JsonValue limit) {
        if (limit == null || limit.isNull()) {
            return DEFAULT_LIMIT;
        }
        if (!limit.isNumber()) {
            throw new IllegalArgumentException("query '" + key + "': \"limit\" must be a number");
        }
        long n = limit.getAsNumber().value().longValue();
        if (n < 1) {
            throw new IllegalArgumentException("query '" + key + "': \"limit\" must be at least 1, got " + n);
        }
        return (int) Math.min(n, MAX_LIMIT);
    }

    private static String firstLine(String message) {
        String m = message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }
}

package org.w3id.attache.reconcile;

import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.w3id.attache.lookup.EntityLookup;
import org.w3id.attache.lookup.EntityMatch;
import org.w3id.attache.lookup.EntityMatches;
import org.w3id.attache.lookup.MatchKind;

/**
 * Answers a batch of name queries with candidates, as the Reconciliation Service API 0.2 has
 * them: {@code {"q0": {"result": [{"id", "name", "type": [{"id", "name"}], "score", "match",
 * "description", "wikidata"}]}}}.
 * <ul>
 * <li>{@code id} is the entity's IRI without the instance base ({@code person/vladimir-putin}):
 * the manifest's {@code identifierSpace} is that base, and its view URL the entity's page here;</li>
 * <li>{@code score} is 100 for the exact label, 90 for an exact alias, 70 for a prefix, 50 for a
 * substring (case ignored); {@code match} is true for an exact label or alias that no other
 * candidate shares;</li>
 * <li>the Wikidata id, where the entity is linked, is the extra member {@code wikidata}
 * ({@code "Q7747"}) and leads the {@code description} ("Wikidata Q7747 · Russia").</li>
 * </ul>
 */
final class Reconciler {
    private static final Map<MatchKind, Integer> SCORES = Map.of(MatchKind.EXACT_LABEL, 100, MatchKind.EXACT_ALIAS, 90,
            MatchKind.PREFIX, 70, MatchKind.SUBSTRING, 50);
    private final EntityLookup lookup;
    private final String base;

    /** @param base the instance base, which the candidates' ids are relative to */
    Reconciler(EntityLookup lookup, String base) {
        this.lookup = lookup;
        this.base = base;
    }

    JsonObject answer(List<NameQuery> batch) {
        JsonObject out = new JsonObject();
        for (NameQuery q : batch) {
            JsonObject result = new JsonObject();
            result.put("result", candidates(q));
            out.put(q.key(), result);
        }
        return out;
    }

    private JsonArray candidates(NameQuery q) {
        JsonArray out = new JsonArray();
        if (q.name().isEmpty()) {
            return out;
        }
        // one more than asked when only one is asked, to know whether an exact match is the only one
        EntityMatches page = lookup.find(q.name(), q.types(), 0, Math.max(2, q.limit()));
        List<EntityMatch> matches = page.matches();
        long exact = matches.stream().filter(m -> exact(m.kind())).count();
        for (EntityMatch m : matches.subList(0, Math.min(q.limit(), matches.size()))) {
            out.add(candidate(m, exact(m.kind()) && exact == 1));
        }
        return out;
    }

    private static boolean exact(MatchKind kind) {
        return kind == MatchKind.EXACT_LABEL || kind == MatchKind.EXACT_ALIAS;
    }

    private JsonObject candidate(EntityMatch m, boolean match) {
        JsonObject c = new JsonObject();
        c.put("id", m.iri().startsWith(base) ? m.iri().substring(base.length()) : m.iri());
        c.put("name", m.label());
        JsonArray types = new JsonArray();
        for (String t : m.types()) {
            JsonObject type = new JsonObject();
            type.put("id", t);
            type.put("name", t);
            types.add(type);
        }
        c.put("type", types);
        c.put("score", SCORES.get(m.kind()));
        c.put("match", match);
        StringBuilder description = new StringBuilder();
        if (!m.wikidata().isEmpty()) {
            c.put("wikidata", m.wikidata());
            description.append("Wikidata ").append(m.wikidata());
        }
        if (!m.country().isEmpty()) {
            description.append(description.length() > 0 ? " · " : "").append(m.country());
        }
        c.put("description", description.toString());
        return c;
    }
}

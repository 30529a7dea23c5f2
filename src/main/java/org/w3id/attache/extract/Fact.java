package org.w3id.attache.extract;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.attache.nlp.Entity;

/**
 * One extracted fact, before it becomes RDF.
 *
 * @param type the record type
 * @param ruleId the rule that found it
 * @param sentence the sentence index
 * @param roles role name → entities (e.g. visitor, destination; participant has two)
 * @param values literal attributes: title, status, domain, item, category, content, quote, topic
 * @param date {@code YYYY-MM-DD}, {@code YYYY-MM}, {@code YYYY}, or empty
 * @param certainty certain, probable or possible
 * @param negated the text says it did not happen
 * @param future the text says it will or may happen
 * @param hedge the hedging or reporting cue, or empty
 * @param hedged the text itself qualifies the claim (not only attributes it to a named source)
 * @param attributedTo who the text says it comes from, or null
 * @param flashback told in the past perfect ("had visited") or as a participle describing a noun ("an
 *                  accord signed in 2001"): earlier than the story's own time
 */
public record Fact(FactType type, String ruleId, int sentence, Map<String, List<Entity>> roles, Map<String, String> values,
                   String date, String certainty, boolean negated, boolean future, String hedge, boolean hedged, Entity attributedTo, boolean flashback) {

    public Entity role(String name) {
        List<Entity> list = roles.get(name);
        return list == null || list.isEmpty() ? null : list.get(0);
    }

    /** This fact with one more role (or the role replaced): {@code name} → {@code entity}. */
    public Fact withRole(String name, Entity entity) {
        Map<String, List<Entity>> r = new LinkedHashMap<>(roles);
        r.put(name, List.of(entity));
        return new Fact(type, ruleId, sentence, r, values, date, certainty, negated, future, hedge, hedged, attributedTo, flashback);
    }

    /**
     * Everyone on either side of a two-sided fact, in order, once each: the participants and
     * counterparts of a meeting, the parties and counterparties of a cooperation.
     */
    public Set<Entity> sides() {
        Set<Entity> sides = new LinkedHashSet<>();
        for (String role : List.of("participant", "counterpart", "party", "counterparty")) {
            sides.addAll(roles.getOrDefault(role, List.of()));
        }
        return sides;
    }

    /** This fact with one value set (or replaced): {@code name} → {@code value}. */
    public Fact withValue(String name, String value) {
        Map<String, String> v = new LinkedHashMap<>(values);
        v.put(name, value);
        return new Fact(type, ruleId, sentence, roles, v, date, certainty, negated, future, hedge, hedged, attributedTo, flashback);
    }

    /** This fact as made by another rule (an article pass that derives it from this one). */
    public Fact withRule(String rule) {
        return new Fact(type, rule, sentence, roles, values, date, certainty, negated, future, hedge, hedged, attributedTo, flashback);
    }

    public String value(String name) {
        return values.getOrDefault(name, "");
    }
}

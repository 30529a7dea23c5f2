package org.w3id.attache.extract;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3id.attache.nlp.AnalysedArticle;
import org.w3id.attache.nlp.ArmsLexicon;
import org.w3id.attache.nlp.Entity;
import org.w3id.attache.nlp.EntityType;
import org.w3id.attache.nlp.Gazetteer;

/**
 * Checks a rule match against what its record type needs (who may visit, what may be
 * visited, …), fills derived attributes (status, arms category) and makes the {@link Fact}, or
 * rejects the match by returning null.
 */
final class FactBuilder {
    private static final List<String> AGENT_ROLES = List.of("visitor", "host", "participant", "counterpart", "party", "counterparty",
            "supplier", "recipient", "speaker", "organisation");

    /** Types that tell of something done (or, for a supply, contracted): asked for, it has not happened, nor has its actor planned it. */
    private static final Set<FactType> REQUESTS_ARE_NOT_EVENTS = EnumSet.of(FactType.VISIT, FactType.MEETING,
            FactType.ATTENDANCE, FactType.DELEGATION, FactType.SUPPLY);
    private static final Pattern MONEY = Pattern.compile(
            "[$€£¥]\\s?\\d|\\d\\S*\\s+(million|billion|trillion)?\\s*(dollars?|euros?|pounds|yuan|roubles?|rubles?|rupees?|yen)\\b",
            Pattern.CASE_INSENSITIVE);

    private final Gazetteer gazetteer;
    private final AnalysedArticle doc;

    FactBuilder(Gazetteer gazetteer, AnalysedArticle doc) {
        this.gazetteer = gazetteer;
        this.doc = doc;
    }

    Fact complete(Rule rule, int sentence, Map<String, List<Entity>> roles, Map<String, String> values, String date, ClauseReader.Clause clause) {
        if (clause.requested() && REQUESTS_ARE_NOT_EVENTS.contains(rule.type()) || clause.open()) {
            return null;
        }
        Map<String, List<Entity>> r = new LinkedHashMap<>();
        for (Map.Entry<String, List<Entity>> e : roles.entrySet()) {
            Entity entity = e.getValue().get(0);
            if (AGENT_ROLES.contains(e.getKey())) {
                entity = asAgent(entity, e.getKey());
                if (entity != null && (rule.type() == FactType.COOPERATION || rule.type() == FactType.SUPPLY) && actsForItsState(entity)) {
                    Entity state = gazetteer.country(entity.country()).orElse(null);
                    entity = state != null || entity.type() != EntityType.PERSON ? (state != null ? state : entity) : null;
                }
                if (entity != null && entity.type() == EntityType.MEDIA_OUTLET && !e.getKey().equals("speaker")) {
                    continue;
                }
                if (entity == null) {
                    continue;
                }
            }
            if (e.getKey().equals("medium") && !canPublish(entity)) {
                continue;
            }
            if (e.getKey().equals("destination")) {
                // "received his guest at the Great Hall of the People": the visit is to Beijing
                entity = gazetteer.cityOf(entity).orElse(entity);
            }
            r.put(e.getKey(), List.of(entity));
        }
        boolean ok = switch (rule.type()) {
            case VISIT -> has(r, "visitor") && canTravel(r.get("visitor").get(0)) && isPlace(r.get("destination")) && !same(r, "visitor", "host")
                    && (!"true".equals(values.get("foreign")) || foreignVisit(r));
            case MEETING -> meeting(r, values);
            case POSITION -> has(r, "holder") && r.get("holder").get(0).type() == EntityType.PERSON
                    && (!values.getOrDefault("title", "").isBlank() || values.containsKey("title-from"));
            case COOPERATION -> has(r, "party") && has(r, "counterparty") && !sameState(r, "party", "counterparty") && values.containsKey("domain");
            case SUPPLY -> has(r, "supplier") && has(r, "recipient") && !sameState(r, "supplier", "recipient") && transferable(values.getOrDefault("item", ""));
            case STATEMENT -> has(r, "speaker");
            case ATTENDANCE -> has(r, "attendee") && r.get("attendee").get(0).type() == EntityType.PERSON && has(r, "event");
            case DELEGATION -> isPerson(r, "leader") && isPerson(r, "member") && !same(r, "leader", "member");
        };
        values.remove("foreign");
        String required = values.remove("require");
        if (required != null && !(has(r, required) && r.get(required).get(0).type() != EntityType.PERSON)) {
            return null;
        }
        if (!ok) {
            return null;
        }
        switch (rule.type()) {
            case POSITION -> {
                String title = values.getOrDefault("title", "");
                boolean former = title.toLowerCase(Locale.ROOT).matches("^(former|ex-|then-|then(?=\\s)|erstwhile)\\s*.*");
                values.put("title", title.replaceFirst("^(?i)(former|ex-|then-|then(?=\\s)|erstwhile)\\s*", ""));
                if (!values.containsKey("status")) {
                    values.put("status", former ? "former" : "current");
                }
                if (!r.containsKey("organisation")) {
                    Entity holder = r.get("holder").get(0);
                    gazetteer.country(holder.country()).ifPresent(c -> r.put("organisation", List.of(c)));
                }
            }
            case COOPERATION -> {
                if (clause.requested() && !values.containsKey("status")) {
                    values.put("status", "requested");
                }
                if (clause.negated()) {
                    values.put("status", "not-started");
                } else if (clause.future() && !values.containsKey("status")) {
                    values.put("status", "planned");
                }
                values.putIfAbsent("status", clause.future() ? "planned" : "discussed");
            }
            case SUPPLY -> {
                values.computeIfPresent("item", (k, item) -> ArmsLexicon.singularDesignations(item));
                values.put("category", category(values.get("item")));
            }
            default -> { }
        }
        return new Fact(rule.type(), rule.id(), sentence, r, values, date, clause.certainty(), clause.negated(), clause.future(),
                clause.hedge(), clause.hedged(), clause.source(), clause.flashback());
    }

    /**
     * "X met Y in Minsk" is a visit by X only if X comes from elsewhere; Y is then the host if
     * Y belongs to the place visited.
     */
    private boolean foreignVisit(Map<String, List<Entity>> r) {
        Entity visitor = r.get("visitor").get(0);
        Entity place = r.get("destination").get(0);
        String where = place.country();
        if (visitor.country().isEmpty() || where.isEmpty() || visitor.country().equals(where)) {
            return false;
        }
        if (has(r, "host") && !r.get("host").get(0).country().equals(where)) {
            r.remove("host");
        }
        return true;
    }

    /**
     * In deals and deliveries, officials, ministries and armed forces act for their state (a
     * junta, a company or a party stays itself).
     */
    private static boolean actsForItsState(Entity e) {
        return switch (e.type()) {
            case PERSON, GOVERNMENT_BODY, ARMED_FORCES -> true;
            case ORGANISATION -> !e.country().isEmpty();
            default -> false;
        };
    }

    /** People travel, and delegations; a junta, a ministry or an army as such does not. */
    private static boolean canTravel(Entity e) {
        return e.type() == EntityType.PERSON || e.type() == EntityType.GROUP;
    }

    /** Can this entity be the outlet a statement was made to: a broadcaster or paper, or a firm or body not otherwise known? */
    private static boolean canPublish(Entity e) {
        return e.type() == EntityType.MEDIA_OUTLET || e.type() == EntityType.COMPANY || e.type() == EntityType.ORGANISATION;
    }

    /**
     * A capital standing for its government ("Moscow supplies …") becomes the state; a seat of
     * power speaks as itself ("the Kremlin said").
     */
    private Entity asAgent(Entity e, String role) {
        if (e.type().isAgent() || role.equals("speaker") && gazetteer.isSeatOfPower(e)) {
            return e;
        }
        return gazetteer.stateWithCapital(e).orElse(null);
    }

    private boolean meeting(Map<String, List<Entity>> r, Map<String, String> values) {
        if (!isPerson(r, "participant") || !isPerson(r, "counterpart") || same(r, "participant", "counterpart")) {
            return false;
        }
        String a = r.get("participant").get(0).country();
        String b = r.get("counterpart").get(0).country();
        if ("countries".equals(values.remove("different")) && !a.isEmpty() && a.equals(b)) {
            return false;
        }
        r.put("participant", List.of(r.get("participant").get(0), r.remove("counterpart").get(0)));
        return true;
    }

    private static boolean has(Map<String, List<Entity>> r, String role) {
        return r.containsKey(role) && !r.get(role).isEmpty();
    }

    private static boolean isPerson(Map<String, List<Entity>> r, String role) {
        return has(r, role) && r.get(role).get(0).type() == EntityType.PERSON;
    }

    private static boolean isPlace(List<Entity> e) {
        return e != null && !e.isEmpty() && e.get(0).type().isPlace();
    }

    private static boolean same(Map<String, List<Entity>> r, String a, String b) {
        return has(r, a) && has(r, b) && Objects.equals(r.get(a).get(0), r.get(b).get(0));
    }

    /** Are two roles one actor, or two of one state's bodies ("the junta" and "Myanmar")? Ties are between states. */
    private boolean sameState(Map<String, List<Entity>> r, String a, String b) {
        if (same(r, a, b)) {
            return true;
        }
        if (!has(r, a) || !has(r, b)) {
            return false;
        }
        Optional<Entity> x = gazetteer.stateOf(r.get(a).get(0));
        Optional<Entity> y = gazetteer.stateOf(r.get(b).get(0));
        return x.isPresent() && y.isPresent() && HomeStates.same(x.get(), y.get());
    }

    /**
     * Whether an item is a thing one state can hand another: a weapon or good the arms list
     * names, money ("$500 million"), or a model written as one ("25 J-10Cs", "Typhoons"). "Full
     * support", "a top honor" or "his counterpart" are not.
     */
    private boolean transferable(String item) {
        return !item.isBlank() && (gazetteer.arms().categoryOfItem(item).isPresent() || MONEY.matcher(item).find() || namesAModel(item));
    }

    private boolean namesAModel(String item) {
        for (String word : item.strip().split("[\\s/]+")) {
            boolean capital = !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
            if (word.codePoints().anyMatch(Character::isDigit) && word.codePoints().anyMatch(Character::isLetter)
                    || capital && gazetteer.demonym(word).isEmpty() && gazetteer.entity(word).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private String category(String item) {
        return gazetteer.arms().categoryOfItem(item).orElse("goods");
    }
}

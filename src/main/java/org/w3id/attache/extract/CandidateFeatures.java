package org.w3id.attache.extract;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.w3id.attache.nlp.Entity;
import org.w3id.attache.nlp.EntityType;
import org.w3id.attache.nlp.Gazetteer;

/**
 * The features of a candidate, as names: what signalled it (type, trigger lemma and class),
 * how each role was found (slot, entity type, kind of mention, distance), what the clause says
 * of it (negation, future, hedges, flashback), what the rules found in the same sentence, and a
 * few checks of its own type (is a visitor foreign to the place, is an item a weapon).
 */
final class CandidateFeatures {
    private final Gazetteer gazetteer;
    private final DomainWords domains;

    CandidateFeatures(Gazetteer gazetteer, DomainWords domains) {
        this.gazetteer = gazetteer;
        this.domains = domains;
    }

    List<String> of(ParsedSentence s, IndexedWord trigger, TriggerLexicon.Sense sense, Map<String, Filler> combo, Fact fact,
                    ClauseReader.Clause clause, List<Fact> ruleFacts) {
        String t = fact.type().id();
        List<String> f = new ArrayList<>();
        f.add("type=" + t);
        f.add("trigger=" + t + ":" + sense.head());
        f.add("class=" + t + ":" + (trigger.tag().startsWith("VB") ? "verb" : "noun"));
        combo.forEach((role, filler) -> {
            f.add("slot=" + t + ":" + role + ":" + filler.slot());
            f.add("slot-trigger=" + t + ":" + sense.head() + ":" + role + ":" + filler.slot());
            if (filler.entity() != null) {
                f.add("entity=" + t + ":" + role + ":" + filler.entity().type().name().toLowerCase());
            }
            f.add("mention=" + t + ":" + role + ":" + filler.kind());
            f.add("distance=" + t + ":" + role + ":" + bucket(filler.distance()));
        });
        clauseFeatures(t, clause, fact, f);
        ruleFeatures(t, fact, ruleFacts, f);
        typeFeatures(s, trigger, fact, f);
        if (s.index == 0) {
            f.add("lead=" + t);
        }
        return f;
    }

    static void clauseFeatures(String t, ClauseReader.Clause clause, Fact fact, List<String> f) {
        f.add("certainty=" + t + ":" + clause.certainty());
        if (clause.negated()) {
            f.add("negated=" + t);
        }
        if (clause.future()) {
            f.add("future=" + t);
        }
        if (clause.hedged()) {
            f.add("hedged=" + t);
        }
        if (clause.flashback()) {
            f.add("flashback=" + t);
        }
        if (clause.source() != null) {
            f.add("attributed=" + t);
        }
        f.add("date=" + t + ":" + (fact.date().isEmpty() ? "none" : fact.date().length() == 10 ? "day" : fact.date().length() == 7 ? "month" : "year"));
    }

    /** Do the rules agree: a fact of the same type and the same actors in this sentence, or of the same type at all? */
    static void ruleFeatures(String t, Fact fact, List<Fact> ruleFacts, List<String> f) {
        boolean sameType = false;
        boolean sameActors = false;
        for (Fact r : ruleFacts) {
            if (r.type() != fact.type()) {
                continue;
            }
            sameType = true;
            sameActors |= actors(r).equals(actors(fact));
        }
        f.add("rules=" + t + ":" + (sameActors ? "agree" : sameType ? "other" : "none"));
    }

    private static List<String> actors(Fact fact) {
        List<String> out = new ArrayList<>();
        for (String role : fact.type().required()) {
            List<Entity> es = fact.roles().get(role);
            if (es != null) {
                es.forEach(e -> out.add(e.label()));
            }
        }
        out.sort(String::compareTo);
        return out;
    }

    private void typeFeatures(ParsedSentence s, IndexedWord trigger, Fact fact, List<String> f) {
        String t = fact.type().id();
        switch (fact.type()) {
            case VISIT -> {
                Entity visitor = fact.role("visitor");
                Entity place = fact.role("destination");
                String from = visitor == null ? "" : visitor.country();
                String to = place == null ? "" : place.country();
                f.add("foreign=" + (from.isEmpty() || to.isEmpty() ? "unknown" : from.equals(to) ? "no" : "yes"));
                f.add("host=" + (fact.role("host") != null));
            }
            case MEETING -> {
                List<Entity> people = fact.roles().get("participant");
                boolean same = people != null && people.size() == 2 && !people.get(0).country().isEmpty()
                        && people.get(0).country().equals(people.get(1).country());
                f.add("compatriots=" + same);
            }
            case COOPERATION -> {
                String d = fact.value("domain");
                f.add("domain=" + d);
                f.add("domain-source=" + (domains.in(s, trigger).contains(d) ? "trigger"
                        : domains.in(s, s.graph.getFirstRoot()).contains(d) ? "sentence" : "default"));
            }
            case SUPPLY -> {
                f.add("category=" + (Objects.equals(fact.value("category"), "goods") ? "goods" : "arms"));
                String[] words = fact.value("item").toLowerCase(java.util.Locale.ROOT).split("\\s+");
                f.add("item-word=" + words[words.length - 1]);
                f.add("item-shape=" + itemShape(fact.value("item")));
            }
            case STATEMENT -> {
                f.add("content=" + !fact.value("content").isEmpty());
                Entity speaker = fact.role("speaker");
                f.add("speaker=" + (speaker == null ? "none" : speaker.type() == EntityType.PERSON ? "person" : "body"));
                f.add("medium=" + (fact.role("medium") != null));
            }
            case ATTENDANCE -> f.add("event-words=" + Math.min(4, fact.role("event").label().split(" ").length));
            default -> { }
        }
    }

    /** How an item is written: a model's name or a count ("two K9 howitzers"), a plural common noun, or one common word. */
    static String itemShape(String item) {
        boolean named = item.codePoints().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
        String[] words = item.strip().split("\\s+");
        String last = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
        return named ? "named" : last.endsWith("s") ? "plural" : words.length == 1 ? "word" : "phrase";
    }

    private static String bucket(int distance) {
        return distance <= 1 ? "1" : distance <= 3 ? "2-3" : distance <= 6 ? "4-6" : distance <= 12 ? "7-12" : "far";
    }
}

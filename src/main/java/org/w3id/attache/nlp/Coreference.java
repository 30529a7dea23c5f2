package org.w3id.attache.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3id.attache.intake.Article;

/** Resolves descriptors ("the junta", "the Belarusian leader") and pronouns to the entities mentioned before them in the article. */
final class Coreference {
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her");
    /** Title words any head of a state or body may bear. */
    private static final Set<String> GENERIC_TITLE_WORDS = Set.of("leader", "chief", "head", "strongman");
    /** Words that make a post someone's deputy: "the Chinese minister" is not the vice minister. */
    private static final Set<String> RANK_WORDS = Set.of("vice", "deputy", "first", "acting", "assistant", "former", "junior");

    private final Gazetteer gazetteer;
    private final Article article;
    private final List<Mention> history = new ArrayList<>();
    private final Map<Entity, Set<String>> titleWords = new HashMap<>();
    /** The state the article said a person serves, for people the gazetteer does not list: "Kenyan President William Ruto". */
    private final Map<Entity, String> statesOf = new HashMap<>();
    private final Map<String, Entity> persons = new HashMap<>();
    private final Map<Integer, List<CoreLabel>> sentenceTokens = new HashMap<>();

    Coreference(Gazetteer gazetteer, Article article) {
        this.gazetteer = gazetteer;
        this.article = article;
    }

    Mention resolve(Mention m, List<CoreLabel> tokens) {
        sentenceTokens.put(m.sentence(), tokens);
        return switch (m.kind()) {
            case NAME -> m.entity().type() == EntityType.PERSON && m.entity().wikidata().isEmpty() ? m.withEntity(knownPerson(m.entity())) : m;
            case DEMONYM -> m;
            case PRONOUN -> (m.entity().type() == EntityType.STATE ? lastState(m) : lastPerson(m)).map(m::withEntity).orElse(null);
            case DESCRIPTOR -> m.entity().type() != EntityType.GROUP ? m : descriptor(m).map(m::withEntity).orElse(null);
        };
    }

    /** The state a person serves: the gazetteer's, else the one the article named before the person's title. */
    Optional<String> stateOf(Entity person) {
        return Optional.of(person.country()).filter(iso -> !iso.isEmpty()).or(() -> Optional.ofNullable(statesOf.get(person)));
    }

    /** "Fomin" after "Alexander Fomin" is the same person. */
    private Entity knownPerson(Entity e) {
        String label = Gazetteer.normalise(e.label());
        Entity known = persons.get(label);
        if (known != null) {
            return known;
        }
        for (Mention h : history) {
            String full = Gazetteer.normalise(h.entity().label());
            if (h.entity().type() == EntityType.PERSON && (full.endsWith(" " + label) || full.startsWith(label + " "))) {
                return h.entity();
            }
        }
        for (Mention h : history) {
            if (h.entity().type() == EntityType.PERSON && NameParts.partOfName(label, h.entity().label())) {
                return h.entity();
            }
        }
        return e;
    }

    /**
     * The person a pronoun means: opening a sentence, the first person of the sentence before
     * (its subject, as a rule); elsewhere the latest one before it, passing over a person just
     * named as the object of "by" or "with" ("welcomed by X on his first visit" is not X's).
     */
    private Optional<Entity> lastPerson(Mention m) {
        if (m.begin() == 0 && m.kind() == Mention.Kind.PRONOUN) {
            Optional<Entity> subject = history.stream()
                    .filter(h -> h.sentence() == m.sentence() - 1 && h.entity().type() == EntityType.PERSON && !afterPreposition(h))
                    .map(Mention::entity).findFirst();
            if (subject.isPresent()) {
                return subject;
            }
        }
        List<CoreLabel> tokens = sentenceTokens.get(m.sentence());
        if (m.kind() == Mention.Kind.PRONOUN && OBJECT_PRONOUNS.contains(tokens.get(m.begin()).word().toLowerCase(Locale.ROOT))
                && isObject(tokens, m.begin())) {
            // "Putin received her": the person the sentence before was about, not the one it named last
            Set<Entity> here = new HashSet<>();
            history.stream().filter(h -> h.sentence() == m.sentence() && h.end() <= m.begin()).forEach(h -> here.add(h.entity()));
            Optional<Entity> topic = history.stream()
                    .filter(h -> h.sentence() == m.sentence() - 1 && h.entity().type() == EntityType.PERSON && !afterPreposition(h))
                    .map(Mention::entity).findFirst().filter(e -> !here.contains(e));
            if (topic.isPresent()) {
                return topic;
            }
        }
        for (int i = history.size() - 1; i >= 0; i--) {
            Mention h = history.get(i);
            if (h.entity().type() == EntityType.PERSON && (h.sentence() < m.sentence() || h.end() <= m.begin())
                    && !(h.sentence() == m.sentence() && h.kind() == Mention.Kind.NAME && afterPreposition(h))
                    && !subjectOfObjectPronoun(h, m)) {
                return Optional.of(h.entity());
            }
        }
        return Optional.empty();
    }

    /**
     * The person of state {@code iso} that a title without a name means: the latest one the
     * article has given a word of that title ("the Chinese president" after "President Xi");
     * for a title that any head may bear ("leader", "chief") with no such person, the one of
     * that state the article names most.
     */
    private Optional<Entity> personOf(String iso, List<String> title) {
        Map<Entity, Integer> named = new java.util.LinkedHashMap<>();
        Entity best = null;
        int bestScore = 0;
        for (int i = history.size() - 1; i >= 0; i--) {
            Entity e = history.get(i).entity();
            if (e.type() != EntityType.PERSON || iso.isEmpty() || !iso.equals(e.country()) && !iso.equals(statesOf.get(e))) {
                continue;
            }
            named.merge(e, 1, Integer::sum);
            int score = titleMatch(titleWords.getOrDefault(e, Set.of()), title);
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        if (best != null) {
            return Optional.of(best);
        }
        if (title.stream().noneMatch(GENERIC_TITLE_WORDS::contains)) {
            return Optional.empty();
        }
        return named.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    /**
     * How well a person's title words fit the title of a descriptor: one point per shared
     * word, none for a generic one; a rank the person has and the descriptor does not
     * ("vice", "deputy") makes it someone else's title. Zero: no fit.
     */
    private static int titleMatch(Set<String> own, List<String> title) {
        int shared = (int) title.stream().filter(w -> own.contains(w) && !GENERIC_TITLE_WORDS.contains(w)).count();
        boolean otherRank = own.stream().anyMatch(w -> RANK_WORDS.contains(w) && !title.contains(w));
        return otherRank ? 0 : shared;
    }

    /**
     * "Xi received his guest", "the leader told his host": the person last named before the
     * sentence who is none of the persons the sentence has named so far.
     */
    private Optional<Entity> lastPersonNotIn(Mention m) {
        Set<Entity> inSentence = new HashSet<>();
        for (Mention h : history) {
            if (h.sentence() == m.sentence() && h.end() <= m.begin()) {
                inSentence.add(h.entity());
            }
        }
        for (int i = history.size() - 1; i >= 0; i--) {
            Mention h = history.get(i);
            if (h.entity().type() == EntityType.PERSON && h.sentence() < m.sentence() && !inSentence.contains(h.entity())) {
                return Optional.of(h.entity());
            }
        }
        return Optional.empty();
    }

    /**
     * "Putin greeted him": an object pronoun right after a verb is not the verb's subject (who
     * would be "himself"), so the person named just before that verb is passed over.
     */
    private boolean subjectOfObjectPronoun(Mention h, Mention m) {
        List<CoreLabel> tokens = sentenceTokens.get(m.sentence());
        if (h.sentence() != m.sentence() || !isObject(tokens, m.begin())
                || !OBJECT_PRONOUNS.contains(tokens.get(m.begin()).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        boolean verb = false;
        for (int t = h.end(); t < m.begin(); t++) {
            String tag = tokens.get(t).tag();
            if (tag.startsWith("VB")) {
                verb = true;
            } else if (!tag.startsWith("RB") && !tag.equals("MD")) {
                return false;
            }
        }
        return verb;
    }

    /** "him", or "her" not followed by its noun ("received her at", not "her country"): the tagger may call it PRP$. */
    private static boolean isObject(List<CoreLabel> tokens, int at) {
        if (tokens.get(at).tag().equals("PRP")) {
            return true;
        }
        String next = at + 1 < tokens.size() ? tokens.get(at + 1).tag() : ".";
        return tokens.get(at).tag().equals("PRP$") && !next.startsWith("NN") && !next.startsWith("JJ") && !next.equals("CD")
                && !next.startsWith("VBG");
    }

    private boolean afterPreposition(Mention h) {
        List<CoreLabel> tokens = sentenceTokens.get(h.sentence());
        int t = h.begin() - 1;
        while (t >= 0 && h.begin() - t <= 5 && (Character.isUpperCase(tokens.get(t).word().charAt(0))
                || tokens.get(t).tag().equals("DT") || tokens.get(t).tag().startsWith("NN"))) {
            t--;
        }
        return t >= 0 && tokens.get(t).word().toLowerCase().matches("by|with");
    }

    /**
     * "it" for a state or government: the nearest state named before it in the sentence, else
     * the first state of the previous sentence, which news usually makes its subject.
     */
    private Optional<Entity> lastState(Mention m) {
        for (int i = history.size() - 1; i >= 0 && history.get(i).sentence() == m.sentence(); i--) {
            Mention h = history.get(i);
            if (h.entity().type() == EntityType.STATE && h.end() <= m.begin()) {
                return Optional.of(h.entity());
            }
        }
        return history.stream().filter(h -> h.sentence() == m.sentence() - 1 && h.entity().type() == EntityType.STATE)
                .map(Mention::entity).findFirst();
    }

    private Optional<Entity> descriptor(Mention m) {
        for (String target : m.entity().label().split("\\|")) {
            Optional<Entity> e = target(m, target.strip());
            if (e.isPresent()) {
                return e;
            }
        }
        return Optional.empty();
    }

    private Optional<Entity> target(Mention m, String target) {
        if (target.equals("type:government")) {
            return lastOfType(EntityType.STATE);
        }
        if (target.equals("type:armed-forces")) {
            return lastOfType(EntityType.ARMED_FORCES).or(() -> byCountry(EntityType.ARMED_FORCES))
                    .or(() -> lastOfType(EntityType.MILITARY_JUNTA)).or(() -> byCountry(EntityType.MILITARY_JUNTA));
        }
        if (target.startsWith("type:")) {
            EntityType type = EntityType.parse(target.substring(5));
            return lastOfType(type).or(() -> byCountry(type));
        }
        if (target.equals("capital")) {
            for (int i = history.size() - 1; i >= 0; i--) {
                Entity e = history.get(i).entity();
                if (e.type() == EntityType.CITY && gazetteer.stateWithCapital(e).isPresent()) {
                    return Optional.of(e);
                }
            }
            return mainState().flatMap(st -> gazetteer.entity(st.capital()));
        }
        if (target.startsWith("person-with-title:")) {
            Set<String> words = new HashSet<>(List.of(Gazetteer.normalise(target.substring(18)).split(" ")));
            for (int i = history.size() - 1; i >= 0; i--) {
                Entity e = history.get(i).entity();
                if (e.type() == EntityType.PERSON && titleWords.getOrDefault(e, Set.of()).containsAll(words)) {
                    return Optional.of(e);
                }
            }
            return Optional.empty();
        }
        if (target.equals("person")) {
            return lastPerson(m);
        }
        if (target.equals("other-person")) {
            return lastPersonNotIn(m);
        }
        if (target.startsWith("person-of:")) {
            String[] parts = target.split(":", 3);
            return personOf(parts[1], List.of(parts[2].split(" ")));
        }
        if (target.equals("salient-person")) {
            Map<Entity, Integer> counts = new java.util.LinkedHashMap<>();
            history.stream().filter(h -> h.entity().type() == EntityType.PERSON).forEach(h -> counts.merge(h.entity(), 1, Integer::sum));
            Entity best = null;
            for (Map.Entry<Entity, Integer> e : counts.entrySet()) {
                if (best == null || e.getValue() > counts.get(best)) {
                    best = e.getKey();
                }
            }
            return Optional.ofNullable(best);
        }
        return Optional.empty();
    }

    private Optional<Entity> lastOfType(EntityType type) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Entity e = history.get(i).entity();
            if (e.type() == type) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The entity of that type belonging to a state the article has named, e.g. its junta. */
    private Optional<Entity> byCountry(EntityType type) {
        Set<String> countries = new LinkedHashSet<>();
        for (int i = history.size() - 1; i >= 0; i--) {
            countries.add(history.get(i).entity().country());
        }
        for (String iso : countries) {
            for (Entity e : gazetteer.entitiesOf(type, iso)) {
                if (e.existsOn(article.published())) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Entity> mainState() {
        Map<Entity, Integer> counts = new HashMap<>();
        for (Mention h : history) {
            if (h.entity().type() == EntityType.STATE) {
                counts.merge(h.entity(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    void remember(Mention m, List<CoreLabel> tokens, String[] tags) {
        history.add(m);
        Entity e = m.entity();
        if (e.type() != EntityType.PERSON || m.kind() != Mention.Kind.NAME) {
            return;
        }
        persons.putIfAbsent(Gazetteer.normalise(e.label()), e);
        // "Vucic" in the headline, "Aleksandar Vucic" in the text: later "Vucic" is the full name
        persons.replaceAll((shortName, known) -> known.type() == EntityType.PERSON && !shortName.contains(" ")
                && NameParts.partOfName(shortName, e.label()) ? e : known);
        Set<String> words = titleWords.computeIfAbsent(e, k -> new HashSet<>());
        int t = m.begin() - 1;
        while (t >= 0 && ("TITLE".equals(tags[t]) || "HONORIFIC".equals(tags[t]) || tokens.get(t).word().equals(","))) {
            words.add(Gazetteer.normalise(tokens.get(t).word()));
            t--;
        }
        if (t < m.begin() - 1 && e.country().isEmpty()) {
            stateBefore(m.sentence(), tokens, t).ifPresent(iso -> statesOf.putIfAbsent(e, iso));
        }
        t = m.end();
        if (t < tokens.size() && tokens.get(t).word().equals(",")) {
            t++;
            while (t < tokens.size() && ("TITLE".equals(tags[t]) || tokens.get(t).tag().equals("DT"))) {
                words.add(Gazetteer.normalise(tokens.get(t).word()));
                t++;
            }
        }
    }

    /** The state named right before a title: its demonym ("Kenyan President") or its name and "'s" ("Kenya's President"). */
    private Optional<String> stateBefore(int sentence, List<CoreLabel> tokens, int t) {
        int at = t >= 1 && tokens.get(t).word().equals("'s") ? t - 1 : t;
        if (at < 0) {
            return Optional.empty();
        }
        for (int i = history.size() - 1; i >= 0; i--) {
            Mention h = history.get(i);
            if (h.sentence() == sentence && h.begin() <= at && at < h.end() && h.entity().type() == EntityType.STATE) {
                return Optional.of(h.entity().country()).filter(iso -> !iso.isEmpty());
            }
        }
        return Optional.empty();
    }
}

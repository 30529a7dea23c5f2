package org.w3id.attache.nlp;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3id.attache.intake.Article;

/**
 * What a descriptor's target ({@code descriptors.tsv}) means at a point of the article: the
 * latest entity of a type, the body of that type of a state named, the capital, the person with
 * a title, or the person of a state a title without a name means.
 */
final class DescriptorTargets {
    /** Title words any head of a state or body may bear. */
    private static final Set<String> GENERIC_TITLE_WORDS = Set.of("leader", "chief", "head", "strongman", "counterpart");
    /** Words that make a post someone's deputy: "the Chinese minister" is not the vice minister. */
    private static final Set<String> RANK_WORDS = Set.of("vice", "deputy", "first", "acting", "assistant", "former", "junior");

    private final Gazetteer gazetteer;
    private final Article article;
    private final List<Mention> history;
    private final PersonTitles titles;

    /** @param history the mentions resolved so far, which the caller goes on adding to */
    DescriptorTargets(Gazetteer gazetteer, Article article, List<Mention> history, PersonTitles titles) {
        this.gazetteer = gazetteer;
        this.article = article;
        this.history = history;
        this.titles = titles;
    }

    /** The state of ISO code {@code iso}. */
    Optional<Entity> state(String iso) {
        return gazetteer.country(iso);
    }

    /** The entity a descriptor's target ({@code type:government}, {@code person-of:CN:president}, …) means now. */
    Optional<Entity> of(String target) {
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
                Set<String> own = titles.of(e);
                boolean ranked = own.stream().anyMatch(w -> RANK_WORDS.contains(w) && !words.contains(w));
                if (e.type() == EntityType.PERSON && own.containsAll(words) && !ranked) {
                    return Optional.of(e);
                }
            }
            return Optional.empty();
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
            if (e.type() != EntityType.PERSON || iso.isEmpty() || !titles.serves(e, iso)) {
                continue;
            }
            named.merge(e, 1, Integer::sum);
            int score = titleMatch(titles.of(e), title);
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
}

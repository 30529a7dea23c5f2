package org.w3id.attache.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The title words an article gives each person it names ("President", "Defence Minister"), and
 * the state a title says a person serves when the gazetteer does not list them: "Kenyan
 * President William Ruto", "Kenya's President William Ruto".
 */
final class PersonTitles {
    private final Map<Entity, Set<String>> words = new HashMap<>();
    private final Map<Entity, String> states = new HashMap<>();

    /** The title words given to a person so far, lower-cased. */
    Set<String> of(Entity person) {
        return words.getOrDefault(person, Set.of());
    }

    /** The state a person serves: the gazetteer's, else the one the article named before the person's title. */
    Optional<String> stateOf(Entity person) {
        return Optional.of(person.country()).filter(iso -> !iso.isEmpty()).or(() -> Optional.ofNullable(states.get(person)));
    }

    /** Does a person serve the state of ISO code {@code iso}? */
    boolean serves(Entity person, String iso) {
        return iso.equals(person.country()) || iso.equals(states.get(person));
    }

    /**
     * Notes the title words around a person's name mention (before it, or after it and a comma)
     * and the state named before them; {@code history} holds the mentions resolved so far.
     */
    void note(Mention m, List<CoreLabel> tokens, String[] tags, List<Mention> history) {
        Entity e = m.entity();
        Set<String> own = words.computeIfAbsent(e, k -> new HashSet<>());
        int t = m.begin() - 1;
        while (t >= 0 && ("TITLE".equals(tags[t]) || "HONORIFIC".equals(tags[t]) || tokens.get(t).word().equals(","))) {
            own.add(Gazetteer.normalise(tokens.get(t).word()));
            t--;
        }
        if (t < m.begin() - 1 && e.country().isEmpty()) {
            stateBefore(m.sentence(), tokens, t, history).ifPresent(iso -> states.putIfAbsent(e, iso));
        }
        t = m.end();
        if (t < tokens.size() && tokens.get(t).word().equals(",")) {
            t++;
            while (t < tokens.size() && ("TITLE".equals(tags[t]) || tokens.get(t).tag().equals("DT"))) {
                own.add(Gazetteer.normalise(tokens.get(t).word()));
                t++;
            }
        }
    }

    /** The state named right before a title: its demonym ("Kenyan President") or its name and "'s" ("Kenya's President"). */
    private static Optional<String> stateBefore(int sentence, List<CoreLabel> tokens, int t, List<Mention> history) {
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

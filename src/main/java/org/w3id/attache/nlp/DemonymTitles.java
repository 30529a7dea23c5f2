package org.w3id.attache.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;

/** Demonym-and-title phrases without a name ("the Belarusian leader"): mentions of a person of that state, to resolve. */
final class DemonymTitles {

    private DemonymTitles() {
    }

    /**
     * "the Belarusian leader", "the Chinese foreign minister", "his Ghanaian counterpart": a
     * demonym and a title with no name after them refer back to a person of that state (see {@code person-of} in
     * {@link Resolver}); the demonym's own mention gives way to the whole phrase.
     */
    static void compose(int s, List<CoreLabel> tokens, String[] tags, List<Mention> found) {
        for (Mention m : List.copyOf(found)) {
            if (m.kind() != Mention.Kind.DEMONYM || m.begin() == 0 || !tokens.get(m.begin() - 1).word().matches("(?i)the|his|her")) {
                continue;
            }
            int end = m.end();
            while (end < tokens.size() && "TITLE".equals(tags[end])) {
                end++;
            }
            if (end == m.end() && end < tokens.size() && tokens.get(end).word().equalsIgnoreCase("counterpart")) {
                end++;
            }
            int after = end < tokens.size() && tokens.get(end).word().equals(",") ? end + 1 : end;
            boolean named = found.stream().anyMatch(f -> f.begin() == after && f.entity().type() == EntityType.PERSON)
                    || (after < tokens.size() && tokens.get(after).tag().startsWith("NNP"));
            if (end == m.end() || named) {
                continue;
            }
            List<String> title = new ArrayList<>();
            for (int t = m.end(); t < end; t++) {
                title.add(Gazetteer.normalise(tokens.get(t).word()));
            }
            found.remove(m);
            found.removeIf(f -> f.kind() == Mention.Kind.PRONOUN && f.begin() == m.begin() - 1);
            found.add(new Mention(s, m.begin() - 1, end,
                    Entity.unlisted(EntityType.GROUP, "person-of:" + m.entity().country() + ":" + String.join(" ", title)),
                    Mention.Kind.DESCRIPTOR, TokenText.phrase(tokens, m.begin() - 1, end)));
        }
    }
}

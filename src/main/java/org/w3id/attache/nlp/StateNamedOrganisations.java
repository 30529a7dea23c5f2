package org.w3id.attache.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Optional;
import org.w3id.attache.intake.Article;

/** Organisations whose name opens with a state's: "Sudan People's Liberation Army" is neither Sudan nor China's army. */
final class StateNamedOrganisations {
    private final Gazetteer gazetteer;

    StateNamedOrganisations(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * "Sudan People's Liberation Army": a state's name run into the name of another state's
     * organisation is one unlisted organisation of the first state, neither the state nor the
     * listed organisation.
     */
    Optional<Mention> organisation(Article article, int s, List<CoreLabel> tokens, int from, int at, Entity state) {
        if (state.type() != EntityType.STATE || state.country().isEmpty()) {
            return Optional.empty();
        }
        for (int k = Math.min(gazetteer.longestPhrase(), tokens.size() - at); k >= 2; k--) {
            String p = TokenText.phrase(tokens, at, at + k);
            Optional<Entity> org = Character.isUpperCase(p.charAt(0)) ? gazetteer.entity(p, article.published()) : Optional.empty();
            if (org.isPresent()) {
                Entity o = org.get();
                boolean foreign = !o.country().isEmpty() && !o.country().equals(state.country());
                if (!foreign || o.type() == EntityType.STATE || o.type() == EntityType.PERSON || o.type() == EntityType.CITY) {
                    return Optional.empty();
                }
                String label = TokenText.phrase(tokens, from, at + k);
                return Optional.of(new Mention(s, from, at + k, new Entity(o.type(), label, state.country(), "", null, null, ""), Mention.Kind.NAME, label));
            }
        }
        return Optional.empty();
    }
}

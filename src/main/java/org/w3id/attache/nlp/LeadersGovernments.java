package org.w3id.attache.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Optional;

/**
 * "The Biden administration", "the Aquino government": a word for a government right after a
 * person's name is that person's government, whatever state the story named last. It is the state
 * the gazetteer ties a listed person to; for anyone else it is left to {@link Coreference}, which
 * knows whom the article tied to which state ({@link Coreference#GOVERNMENT_OF}).
 */
final class LeadersGovernments {
    private final Gazetteer gazetteer;

    LeadersGovernments(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The mention of tokens {@code from}–{@code to}, a descriptor of a government, if a person's name comes right before it. */
    Optional<Mention> government(int s, List<CoreLabel> tokens, List<Mention> found, int from, int to, Gazetteer.Descriptor descriptor) {
        Optional<Mention> leader = found.stream().filter(m -> m.end() == from && m.entity().type() == EntityType.PERSON).findFirst();
        boolean afterPerson = from > 0 && ("PERSON".equals(tokens.get(from - 1).ner()) || leader.isPresent());
        if (!descriptor.resolvesTo().startsWith("type:government") || !afterPerson) {
            return Optional.empty();
        }
        String name = leader.map(m -> m.entity().label()).orElse(tokens.get(from - 1).word());
        Entity government = leader.map(m -> m.entity().country()).filter(c -> !c.isEmpty()).flatMap(gazetteer::country)
                .orElse(Entity.unlisted(EntityType.GROUP, Coreference.GOVERNMENT_OF + name));
        return Optional.of(new Mention(s, from, to, government, Mention.Kind.DESCRIPTOR, TokenText.phrase(tokens, from, to)));
    }
}

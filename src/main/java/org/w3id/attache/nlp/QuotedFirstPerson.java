package org.w3id.attache.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * "We" and "us" inside a quotation are the speaker's state: in "'We have sent tanks to Kenya,'
 * the Danish minister said" Denmark sent them. The speaker is the first person, state or state
 * body named outside the quotation in the sentence that closes it, after the closing mark, else
 * in the sentence that opens it, before the opening mark. A speaker with no known state, or a
 * quotation nobody in those sentences speaks, leaves "we" unresolved.
 */
final class QuotedFirstPerson {
    private static final Set<String> WORDS = Set.of("we", "us");
    private static final Set<EntityType> SPEAKERS = Set.of(EntityType.PERSON, EntityType.STATE, EntityType.GOVERNMENT_BODY,
            EntityType.ARMED_FORCES, EntityType.MILITARY_JUNTA);

    private final Gazetteer gazetteer;
    private final Function<Entity, Optional<String>> stateOf;

    /** @param stateOf the state a speaker serves, as the article and gazetteer tell it */
    QuotedFirstPerson(Gazetteer gazetteer, Function<Entity, Optional<String>> stateOf) {
        this.gazetteer = gazetteer;
        this.stateOf = stateOf;
    }

    /** New state mentions for each quoted "we" and "us" of the article whose speaker's state is known. */
    List<Mention> resolve(String body, List<List<CoreLabel>> sentences, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>();
        List<Quotation> quotations = Quotation.in(body);
        for (int s = 0; s < sentences.size(); s++) {
            List<CoreLabel> tokens = sentences.get(s);
            for (int t = 0; t < tokens.size(); t++) {
                CoreLabel token = tokens.get(t);
                if (!WORDS.contains(token.word().toLowerCase(Locale.ROOT)) || !token.tag().equals("PRP")) {
                    continue;
                }
                int at = token.beginPosition();
                Optional<Entity> state = quotations.stream().filter(q -> q.contains(at)).findFirst()
                        .flatMap(q -> speaker(q, sentences, mentions)).flatMap(this::stateOfSpeaker);
                if (state.isPresent()) {
                    out.add(new Mention(s, t, t + 1, state.get(), Mention.Kind.PRONOUN, token.word()));
                }
            }
        }
        return out;
    }

    private static Optional<Entity> speaker(Quotation q, List<List<CoreLabel>> sentences, List<Mention> mentions) {
        int closing = sentenceAt(sentences, q.close() - 1);
        Optional<Entity> after = mentions.stream()
                .filter(m -> m.sentence() == closing && offset(sentences, m) >= q.close() && SPEAKERS.contains(m.entity().type()))
                .map(Mention::entity).findFirst();
        if (after.isPresent()) {
            return after;
        }
        int opening = sentenceAt(sentences, q.open());
        return mentions.stream()
                .filter(m -> m.sentence() == opening && offset(sentences, m) < q.open() && SPEAKERS.contains(m.entity().type()))
                .map(Mention::entity).findFirst();
    }

    private Optional<Entity> stateOfSpeaker(Entity speaker) {
        if (speaker.type() == EntityType.STATE) {
            return Optional.of(speaker);
        }
        Optional<String> iso = speaker.type() == EntityType.PERSON ? stateOf.apply(speaker) : Optional.of(speaker.country());
        return iso.filter(c -> !c.isEmpty()).flatMap(gazetteer::country);
    }

    /** The sentence holding a body offset: the last one whose first token starts at or before it. */
    private static int sentenceAt(List<List<CoreLabel>> sentences, int offset) {
        int found = 0;
        for (int s = 0; s < sentences.size(); s++) {
            if (!sentences.get(s).isEmpty() && sentences.get(s).get(0).beginPosition() <= offset) {
                found = s;
            }
        }
        return found;
    }

    private static int offset(List<List<CoreLabel>> sentences, Mention m) {
        return sentences.get(m.sentence()).get(m.begin()).beginPosition();
    }
}

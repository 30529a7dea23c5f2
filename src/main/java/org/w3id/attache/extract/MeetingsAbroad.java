package org.w3id.attache.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import edu.stanford.nlp.ling.CoreLabel;
import org.w3id.attache.nlp.AnalysedArticle;
import org.w3id.attache.nlp.Entity;
import org.w3id.attache.nlp.EntityType;
import org.w3id.attache.nlp.Gazetteer;
import org.w3id.attache.nlp.Mention;

/**
 * A meeting held in a city of another state is a visit there: "Kenya's president William Ruto met
 * Emmanuel Macron in Paris" tells that Ruto went to Paris; so is a gathering attended there ("Ruto
 * attended the G20 summit in Rio de Janeiro"). The meeting's sentence must place it in
 * one city ("in Paris", "in the capital, Tashkent", "at the Kremlin") and put nothing in another
 * place (of another state, or of none the gazetteer knows); a
 * participant travelled when the article gives them a post of one state only and the city lies in
 * another. A participant already given a visit in the meeting's month keeps that one. Negated
 * meetings make no visit; a planned meeting makes a planned visit.
 */
final class MeetingsAbroad implements ArticlePass {

    static final String RULE = "visit.met-abroad";
    static final String ATTENDED = "visit.attended-abroad";
    /** Words that may stand between "in" and the city: "in the capital, Tashkent". */
    private static final Set<String> BETWEEN = Set.of("the", "capital", "city", "of", ",", "'s");

    private final Gazetteer gazetteer;
    private final HomeStates homes;

    MeetingsAbroad(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.homes = new HomeStates(gazetteer);
    }

    @Override
    public List<Fact> apply(List<Fact> facts, AnalysedArticle doc) {
        List<Fact> out = new ArrayList<>(facts);
        for (Fact meeting : facts) {
            boolean attended = meeting.type() == FactType.ATTENDANCE;
            if (meeting.type() != FactType.MEETING && !attended || meeting.negated()) {
                continue;
            }
            Optional<Entity> city = onlyCityIn(doc, meeting.sentence());
            if (city.isEmpty()) {
                continue;
            }
            Entity cityState = gazetteer.stateOf(city.get()).orElse(null);
            for (Entity person : participants(meeting)) {
                Optional<Entity> home = homes.of(person, facts);
                if (cityState != null && home.isPresent() && !HomeStates.same(home.get(), cityState) && !MeetingVisits.hasVisitInMonth(person, meeting.date(), out)) {
                    out.add(MeetingVisits.visit(meeting, attended ? ATTENDED : RULE, person, city.get(), null));
                }
            }
        }
        return out;
    }

    private static List<Entity> participants(Fact meeting) {
        List<Entity> people = meeting.type() == FactType.ATTENDANCE ? meeting.roles().getOrDefault("attendee", List.of()) : List.copyOf(meeting.sides());
        return people.stream().filter(e -> e.type() == EntityType.PERSON).toList();
    }

    /** The one city the sentence names, when it is named after "in" (a place in it after "at"); empty if it names none or several. */
    private Optional<Entity> onlyCityIn(AnalysedArticle doc, int sentence) {
        Entity found = null;
        Mention where = null;
        for (Mention m : doc.mentions(sentence)) {
            Entity city = m.entity().type() == EntityType.PLACE ? gazetteer.cityOf(m.entity()).orElse(null) : m.entity();
            if (city == null || city.type() != EntityType.CITY) {
                continue;
            }
            if (found != null && !found.equals(city)) {
                return Optional.empty();
            }
            found = city;
            where = where == null ? m : where;
        }
        boolean place = where != null && where.entity().type() == EntityType.PLACE;
        if (where == null || !afterIn(doc.tokens(sentence), where.begin(), place) || elsewhereToo(doc, sentence, found)) {
            return Optional.empty();
        }
        return Optional.of(found);
    }

    /**
     * Does the sentence also put something "in" a place of another state, or of none the gazetteer
     * knows ("met the hostages' families in Jerusalem, while Blinken met Abbas in Ramallah")?
     */
    private boolean elsewhereToo(AnalysedArticle doc, int sentence, Entity city) {
        Entity state = gazetteer.stateOf(city).orElse(null);
        for (Mention m : doc.mentions(sentence)) {
            EntityType type = m.entity().type();
            boolean other = (type == EntityType.PLACE || type == EntityType.REGION) && gazetteer.cityOf(m.entity()).filter(city::equals).isEmpty();
            if (other && afterIn(doc.tokens(sentence), m.begin(), false)
                    && gazetteer.stateOf(m.entity()).filter(st -> state != null && HomeStates.same(st, state)).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Is the mention at {@code begin} named after "in" (or, for a place within a city, "at": "at the Kremlin")? */
    private static boolean afterIn(List<CoreLabel> tokens, int begin, boolean place) {
        for (int i = begin - 1; i >= 0 && i >= begin - 4; i--) {
            String word = tokens.get(i).word().toLowerCase();
            if (word.equals("in") || place && word.equals("at")) {
                return true;
            }
            if (!BETWEEN.contains(word)) {
                return false;
            }
        }
        return false;
    }
}

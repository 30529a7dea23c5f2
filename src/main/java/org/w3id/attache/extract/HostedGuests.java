package org.w3id.attache.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3id.attache.nlp.AnalysedArticle;
import org.w3id.attache.nlp.Entity;
import org.w3id.attache.nlp.EntityType;
import org.w3id.attache.nlp.Gazetteer;

/**
 * A guest received, hosted or welcomed by someone of another state came to that state: "Rishi
 * Sunak received Mohammed bin Salman" tells that the crown prince visited the United Kingdom,
 * hosted by Sunak. Read from the meetings of {@code meeting.receive} (the host is the first
 * participant) and {@code meeting.received-by} (the host is the last); the guest's and the host's
 * states come from the article ({@link HomeStates}) and must both be known and differ. A guest
 * already given a visit in the meeting's month keeps that one; negated meetings make no visit.
 */
final class HostedGuests implements ArticlePass {

    static final String RULE = "visit.hosted-guest";

    private final HomeStates homes;

    HostedGuests(Gazetteer gazetteer) {
        this.homes = new HomeStates(gazetteer);
    }

    @Override
    public List<Fact> apply(List<Fact> facts, AnalysedArticle doc) {
        List<Fact> out = new ArrayList<>(facts);
        for (Fact meeting : facts) {
            List<Entity> sides = meeting.type() == FactType.MEETING && !meeting.negated()
                    ? meeting.roles().getOrDefault("participant", List.of()) : List.of();
            if (sides.size() != 2 || sides.stream().anyMatch(e -> e.type() != EntityType.PERSON)) {
                continue;
            }
            boolean hostFirst = meeting.ruleId().equals("meeting.receive");
            if (!hostFirst && !meeting.ruleId().equals("meeting.received-by")) {
                continue;
            }
            Entity host = hostFirst ? sides.get(0) : sides.get(1);
            Entity guest = hostFirst ? sides.get(1) : sides.get(0);
            Optional<Entity> hosting = homes.of(host, facts);
            Optional<Entity> home = homes.of(guest, facts);
            if (hosting.isPresent() && home.isPresent() && !HomeStates.same(hosting.get(), home.get())
                    && !MeetingVisits.hasVisitInMonth(guest, meeting.date(), out)) {
                out.add(MeetingVisits.visit(meeting, RULE, guest, hosting.get(), host));
            }
        }
        return out;
    }
}

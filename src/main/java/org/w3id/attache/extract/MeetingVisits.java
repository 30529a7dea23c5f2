package org.w3id.attache.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.attache.nlp.Entity;

/** The visit a meeting tells of without saying "visit" ({@link MeetingsAbroad}, {@link HostedGuests}): made from the meeting, told once a month. */
final class MeetingVisits {

    private MeetingVisits() {
    }

    /** Has the article already given this person (by name: mentions resolved two ways may differ in detail) a visit, not negated, in the month of {@code date}? */
    static boolean hasVisitInMonth(Entity person, String date, List<Fact> facts) {
        for (Fact f : facts) {
            if (f.type() == FactType.VISIT && f.role("visitor") != null && person.label().equals(f.role("visitor").label()) && !f.negated()) {
                int n = Math.min(Math.min(date.length(), f.date().length()), 7);
                if (date.regionMatches(0, f.date(), 0, n)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The visit of {@code person} to {@code destination} (hosted by {@code host}, if known), with the meeting's sentence, date and factuality. */
    static Fact visit(Fact meeting, String rule, Entity person, Entity destination, Entity host) {
        Map<String, List<Entity>> roles = new LinkedHashMap<>();
        roles.put("visitor", List.of(person));
        roles.put("destination", List.of(destination));
        if (host != null) {
            roles.put("host", List.of(host));
        }
        return new Fact(FactType.VISIT, rule, meeting.sentence(), roles, Map.of(), meeting.date(), meeting.certainty(), false, meeting.future(),
                meeting.hedge(), meeting.hedged(), meeting.attributedTo(), meeting.flashback());
    }
}

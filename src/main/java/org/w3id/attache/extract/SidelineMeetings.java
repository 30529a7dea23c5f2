package org.w3id.attache.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3id.attache.nlp.AnalysedArticle;
import org.w3id.attache.nlp.Entity;

/**
 * "X met Y on the sidelines of the summit": both were at the summit. The parser gives the
 * sidelines to the subject only, so the attendance found for one side of a meeting on the
 * sidelines (or margins) of an event is given to every other side of that meeting in the same
 * sentence, with the same event, date and factuality.
 */
final class SidelineMeetings implements ArticlePass {

    static final String RULE = "attendance.met-on-sidelines";

    @Override
    public List<Fact> apply(List<Fact> facts, AnalysedArticle doc) {
        List<Fact> out = new ArrayList<>(facts);
        for (Fact attendance : facts) {
            if (attendance.type() != FactType.ATTENDANCE || attendance.negated() || !onSidelines(attendance)) {
                continue;
            }
            for (Fact meeting : facts) {
                Set<Entity> sides = meeting.sides();
                if (meeting.type() != FactType.MEETING || meeting.sentence() != attendance.sentence() || !sides.contains(attendance.role("attendee"))) {
                    continue;
                }
                for (Entity other : sides) {
                    if (!attends(other, attendance, out)) {
                        out.add(attendance.withRole("attendee", other).withRule(RULE));
                    }
                }
            }
        }
        return out;
    }

    private static boolean onSidelines(Fact attendance) {
        String rule = attendance.ruleId();
        return rule.contains("sideline") || rule.contains("margin") || rule.endsWith(".meet") || rule.endsWith(".sit");
    }

    private static boolean attends(Entity person, Fact attendance, List<Fact> facts) {
        return facts.stream().anyMatch(f -> f.type() == FactType.ATTENDANCE && f.sentence() == attendance.sentence()
                && person.equals(f.role("attendee")) && attendance.role("event").equals(f.role("event")));
    }
}

package org.w3id.attache.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One trip told twice is one visit: a later visit of the same person to the same place in the
 * same month ("arrived on Monday … was received at the Kremlin three days later") is folded
 * into the first the article reports, which then takes the month when the days differ and the
 * host either names. Negated and future visits, and visits on different days of one day's
 * precision in different months, stay apart.
 */
final class RepeatVisits implements ArticlePass {

    @Override
    public List<Fact> apply(List<Fact> facts, org.w3id.attache.nlp.AnalysedArticle doc) {
        List<Fact> out = new ArrayList<>(facts.size());
        for (Fact f : facts) {
            int earlier = f.type() == FactType.VISIT ? indexOfSameTrip(out, f) : -1;
            if (earlier < 0) {
                out.add(f);
                continue;
            }
            out.set(earlier, folded(out.get(earlier), f));
        }
        return out;
    }

    private static int indexOfSameTrip(List<Fact> kept, Fact visit) {
        for (int i = 0; i < kept.size(); i++) {
            Fact k = kept.get(i);
            if (k.type() == FactType.VISIT && k.negated() == visit.negated() && k.future() == visit.future()
                    && Objects.equals(k.role("visitor"), visit.role("visitor")) && Objects.equals(k.role("destination"), visit.role("destination"))
                    && k.date().length() >= 7 && visit.date().length() >= 7 && k.date().regionMatches(0, visit.date(), 0, 7)) {
                return i;
            }
        }
        return -1;
    }

    private static Fact folded(Fact first, Fact again) {
        Fact f = first;
        if (f.role("host") == null && again.role("host") != null) {
            f = f.withRole("host", again.role("host"));
        }
        if (!f.date().equals(again.date())) {
            f = new Fact(f.type(), f.ruleId(), f.sentence(), f.roles(), f.values(), f.date().substring(0, 7), f.certainty(), f.negated(),
                    f.future(), f.hedge(), f.hedged(), f.attributedTo(), f.flashback());
        }
        return f;
    }
}

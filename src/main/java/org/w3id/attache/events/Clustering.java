package org.w3id.attache.events;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups the reports that share an event key into events by their dates. Reports dated to the
 * day come first: one joins the nearest event whose days it keeps within the kind's longest span,
 * or starts a new one. A report dated only by month or year, or not at all (then it may be about
 * the month before its article), joins an event only when exactly one is compatible with it;
 * when none is, it starts its own; when several are, it cannot say which and stays on its own
 * rather than bridge two events. The result depends only on the set of reports, never on the
 * order in which they arrived.
 */
final class Clustering {
    private Clustering() {
    }

    /** One event being built: its reports and the days its reports allow. */
    static final class Cluster {
        final List<Report> reports = new ArrayList<>();
        LocalDate lo;
        LocalDate hi;
        boolean hasDays;
    }

    static final Comparator<Report> ORDER = Comparator.comparingInt(Report::coarseness)
            .thenComparing(Report::first).thenComparing(Report::published).thenComparing(r -> r.fact().toString());

    /** The events the reports of one key tell, each with its reports in {@link #ORDER}. */
    static List<List<Report>> cluster(List<Report> reports) {
        List<Report> sorted = new ArrayList<>(reports);
        sorted.sort(ORDER);
        List<Cluster> clusters = new ArrayList<>();
        for (Report r : sorted) {
            List<Cluster> fits = clusters.stream().filter(c -> fits(c, r)).toList();
            Cluster target;
            if (r.coarseness() == 0 && !fits.isEmpty()) {
                target = fits.stream().min(Comparator.comparingLong(c -> distance(c, r.first()))).orElseThrow();
            } else if (fits.size() == 1) {
                target = fits.get(0);
            } else {
                target = new Cluster();
                clusters.add(target);
            }
            join(target, r);
        }
        return clusters.stream().map(c -> List.copyOf(c.reports)).toList();
    }

    private static boolean fits(Cluster c, Report r) {
        if (c.reports.isEmpty()) {
            return false;
        }
        int span = r.kind().maxSpanDays();
        if (r.coarseness() == 0 && c.hasDays) {
            LocalDate d = r.first();
            LocalDate lo = d.isBefore(c.lo) ? d : c.lo;
            LocalDate hi = d.isAfter(c.hi) ? d : c.hi;
            return ChronoUnit.DAYS.between(lo, hi) <= span;
        }
        return !r.last().isBefore(c.lo) && !r.first().isAfter(c.hi);
    }

    private static long distance(Cluster c, LocalDate d) {
        if (d.isBefore(c.lo)) {
            return ChronoUnit.DAYS.between(d, c.lo);
        }
        return d.isAfter(c.hi) ? ChronoUnit.DAYS.between(c.hi, d) : 0;
    }

    private static void join(Cluster c, Report r) {
        boolean first = c.reports.isEmpty();
        c.reports.add(r);
        if (r.coarseness() == 0) {
            LocalDate d = r.first();
            if (!c.hasDays) {
                c.lo = d;
                c.hi = d;
                c.hasDays = true;
            } else {
                c.lo = d.isBefore(c.lo) ? d : c.lo;
                c.hi = d.isAfter(c.hi) ? d : c.hi;
            }
        } else if (!c.hasDays) {
            // the days all its reports allow
            c.lo = first || r.first().isAfter(c.lo) ? r.first() : c.lo;
            c.hi = first || r.last().isBefore(c.hi) ? r.last() : c.hi;
        }
    }
}

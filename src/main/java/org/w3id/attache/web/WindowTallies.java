package org.w3id.attache.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.w3id.attache.mapping.Vocab;

/**
 * The SPARQL, inside the events graph, that picks the relation tallies a window sums
 * ({@link org.w3id.attache.events.RelationTallies}) and binds {@code ?t} to each and {@code ?k} to
 * what it adds to its pair's count. Without a window: the all-time tallies' counts, undated
 * events included. With one (open at either end), each dated event whose days overlap it is
 * counted once: the year tallies whose events all overlap it (their first year ends before the
 * window does, their last starts after it starts) by their counts; the rest can overlap only by
 * ending in the window's first year or starting in its last, when those are not whole, and are
 * taken from the month tallies of those years: by their counts where all their events overlap,
 * event by event (their days against ?from and ?to) in the window's first and last month.
 */
final class WindowTallies {
    private static final String LEVEL = "<" + Vocab.tallyLevel.getURI() + ">";
    private static final String COUNT = "<" + Vocab.eventCount.getURI() + ">";
    private static final String FIRST_YEAR = "<" + Vocab.firstYear.getURI() + ">";
    private static final String LAST_YEAR = "<" + Vocab.lastYear.getURI() + ">";
    private static final String FIRST_MONTH = "<" + Vocab.firstMonth.getURI() + ">";
    private static final String LAST_MONTH = "<" + Vocab.lastMonth.getURI() + ">";
    private static final String GYEARMONTH = "<http://www.w3.org/2001/XMLSchema#gYearMonth>";

    private WindowTallies() {
    }

    /**
     * The tallies of the window from {@code from} to {@code to} (either may be null) whose
     * att:withPeople is {@code people}, binding ?t and ?k; {@code days} is the check of an event
     * {@code ?e} against the window ({@link RelationFilter#window()}).
     */
    static String counted(LocalDate from, LocalDate to, boolean people, String days) {
        // each branch finds its tallies through one index (level or month), then drops the other mode's before reading more
        String mode = " ?t <" + Vocab.withPeople.getURI() + "> " + people + " .";
        if (from == null && to == null) {
            return "?t " + LEVEL + " <" + Vocab.allTime.getURI() + "> ." + mode + " ?t " + COUNT + " ?k .";
        }
        List<String> branches = new ArrayList<>();
        // a year tally whose last year starts on or after the window's start and whose first year
        // ends on or before the window's end: every one of its events overlaps the window
        String wholeFrom = from == null ? null : year(from.getDayOfYear() == 1 ? from.getYear() : from.getYear() + 1);
        String wholeTo = to == null ? null : year(to.getDayOfYear() == to.lengthOfYear() ? to.getYear() : to.getYear() - 1);
        branches.add("?t " + LEVEL + " <" + Vocab.yearly.getURI() + "> ." + mode + " ?t " + FIRST_YEAR + " ?fy ; " + LAST_YEAR + " ?ly ; " + COUNT + " ?k ."
                + filter(all(wholeFrom == null ? null : "STR(?ly) >= " + wholeFrom, wholeTo == null ? null : "STR(?fy) <= " + wholeTo)));
        // the rest overlap only if they end in a partial first year (from its first month on) or
        // start in a partial last year (up to its last month), read from those months' tallies
        String fromMonth = from == null ? null : month(YearMonth.from(from));
        String toMonth = to == null ? null : month(YearMonth.from(to));
        String insideFrom = from == null ? null : "STR(?lm) >= " + month(YearMonth.from(from).plusMonths(from.getDayOfMonth() == 1 ? 0 : 1));
        String insideTo = to == null ? null : "STR(?fm) <= " + month(YearMonth.from(to).minusMonths(to.equals(YearMonth.from(to).atEndOfMonth()) ? 0 : 1));
        String inside = all(insideFrom, insideTo);
        boolean dayChecks = (from != null && from.getDayOfMonth() != 1) || (to != null && !to.equals(YearMonth.from(to).atEndOfMonth()));
        boolean partialFirstYear = from != null && from.getDayOfYear() != 1;
        if (partialFirstYear) {
            String months = months(YearMonth.from(from), YearMonth.of(from.getYear(), 12), "lm");
            String picked = months + " ?t " + LAST_MONTH + " ?lm ." + mode + " ?t " + FIRST_MONTH + " ?fm .";
            monthly(branches, picked, to == null ? null : "STR(?fm) <= " + toMonth, inside, dayChecks, days);
        }
        if (to != null && to.getDayOfYear() != to.lengthOfYear()) {
            String months = months(YearMonth.of(to.getYear(), 1), YearMonth.from(to), "fm");
            String picked = months + " ?t " + FIRST_MONTH + " ?fm ." + mode + " ?t " + LAST_MONTH + " ?lm .";
            // an event that also ends in a partial first year was taken with that year's months
            String reach = all(fromMonth == null ? null : "STR(?lm) >= " + fromMonth,
                    partialFirstYear ? "STR(?lm) > " + month(YearMonth.of(from.getYear(), 12)) : null);
            monthly(branches, picked, reach, inside, dayChecks, days);
        }
        return branches.stream().map(b -> "{ " + b + " }").collect(Collectors.joining(" UNION "));
    }

    /**
     * Adds the branches that read the month tallies {@code picked} binds (as ?t, with ?fm and ?lm)
     * where {@code reach} holds: the counts of those whose events all lie {@code inside} the
     * window, and if the window has partial months, the overlapping events of the others.
     */
    private static void monthly(List<String> branches, String picked, String reach, String inside, boolean dayChecks, String days) {
        branches.add(picked + " ?t " + COUNT + " ?k ." + filter(all(reach, inside)));
        if (dayChecks) {
            branches.add(picked + filter(all(reach, "!(" + inside + ")")) + " ?t <" + Vocab.tallies.getURI() + "> ?e . " + days + " BIND(1 AS ?k)");
        }
    }

    /** SPARQL VALUES of the months from {@code first} to {@code last} as xsd:gYearMonth terms, for ?{@code variable}. */
    private static String months(YearMonth first, YearMonth last, String variable) {
        StringBuilder s = new StringBuilder("VALUES ?" + variable + " {");
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            s.append(' ').append(month(m)).append("^^").append(GYEARMONTH);
        }
        return s.append(" }").toString();
    }

    private static String month(YearMonth m) {
        return "\"%04d-%02d\"".formatted(m.getYear(), m.getMonthValue());
    }

    private static String year(int y) {
        return "\"%04d\"".formatted(y);
    }

    private static String filter(String condition) {
        return condition.isEmpty() ? "" : " FILTER(" + condition + ")";
    }

    private static String all(String... conditions) {
        return Stream.of(conditions).filter(c -> c != null && !c.isEmpty()).collect(Collectors.joining(" && "));
    }
}

package org.w3id.attache.events;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The date an event's reports agree on: the most precise date that every other date contains
 * (a day inside the month another report gives). When two reports disagree (two different days),
 * the event takes what they share (their month, or year) and is flagged, and every reported
 * date is kept.
 *
 * @param date the agreed date, or null when the reports give none or share no year
 * @param conflict whether two reports give dates that cannot both be right
 * @param reported every date the reports give, each once, in order
 */
record AgreedDate(DateSpan date, boolean conflict, List<String> reported) {

    static AgreedDate of(List<Report> reports) {
        List<DateSpan> dates = reports.stream().map(Report::date).filter(Objects::nonNull).toList();
        TreeSet<String> reported = new TreeSet<>();
        dates.forEach(d -> reported.add(d.lexical()));
        if (dates.isEmpty()) {
            return new AgreedDate(null, false, List.of());
        }
        DateSpan finest = dates.stream().min(Comparator.comparingInt(DateSpan::coarseness)
                .thenComparing(DateSpan::lexical)).orElseThrow();
        if (dates.stream().allMatch(d -> d.contains(finest))) {
            return new AgreedDate(finest, false, List.copyOf(reported));
        }
        String shared = reported.first();
        for (String d : reported) {
            shared = commonPrefix(shared, d);
        }
        String lexical = shared.length() >= 7 ? shared.substring(0, 7) : shared.length() >= 4 ? shared.substring(0, 4) : "";
        Optional<DateSpan> agreed = DateSpan.parse(lexical);
        return new AgreedDate(agreed.orElse(null), true, List.copyOf(reported));
    }

    private static String commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return a.substring(0, n);
    }
}

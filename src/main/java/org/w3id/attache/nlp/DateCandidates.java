package org.w3id.attache.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a sentence may hold a date or time, so that SUTime, the slow part of tagging, runs only
 * where it can find something: a year (2018, 1990s), a month or weekday, or a word a date is made
 * of ("last week", "two years ago", "that day", "summer"). A number alone ("six jets", "1,000
 * tonnes") is no date. A sentence without one gets names only.
 */
final class DateCandidates {
    private static final Set<String> WORDS = Set.of(
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "today", "yesterday", "tomorrow", "tonight", "day", "days", "week", "weeks", "weekend", "fortnight",
            "month", "months", "year", "years", "decade", "decades", "century", "centuries", "ago", "spring",
            "summer", "autumn", "fall", "winter", "morning", "afternoon", "evening", "night", "overnight",
            "noon", "midnight", "christmas", "easter", "ramadan", "quarter", "season", "midweek", "dawn", "dusk", "eve");
    /** A year, alone or in a span or decade: 2018, 2019-2023, 1990s. */
    private static final Pattern YEAR = Pattern.compile(".*\\b(1[89]|20)\\d\\d.*");

    private DateCandidates() {
    }

    static boolean in(List<CoreLabel> tokens) {
        for (CoreLabel t : tokens) {
            String w = t.word();
            // "Oct." and "Sept." are how many outlets write the month before a day
            if (WORDS.contains(w.toLowerCase(Locale.ROOT).replaceFirst("\\.$", "")) || YEAR.matcher(w).matches()) {
                return true;
            }
        }
        return false;
    }
}

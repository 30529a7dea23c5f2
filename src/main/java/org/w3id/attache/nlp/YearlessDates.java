package org.w3id.attache.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A date written without its year ("Oct. 17", "in March") or week ("on Friday"), which SUTime
 * places in the week or year of publication. News tells what has happened: such a date that
 * falls after publication, in a sentence that tells no plan, is the last such day before it
 * ("met on Oct. 17" in May 2024 is 2023-10-17). A sentence that tells a plan keeps it ("will
 * meet on Oct. 17").
 */
final class YearlessDates {
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    /** Words that make a sentence tell a plan. */
    private static final Set<String> PLAN_WORDS = Set.of("will", "'ll", "shall", "next", "upcoming", "scheduled");

    private YearlessDates() {
    }

    /** The value of a time mention spanning tokens {@code from..to}, moved as the rules above say. */
    static String anchored(String value, List<CoreLabel> tokens, int from, int to, LocalDate published) {
        if (value == null || value.length() < 7 || published == null) {
            return value;
        }
        String words = TokenText.phrase(tokens, from, to).toLowerCase(Locale.ROOT);
        if (words.matches(".*\\d{4}.*") || words.matches(".*\\b(last|next|this|ago|later|earlier|previous|following)\\b.*")) {
            return value;
        }
        boolean weekday = WEEKDAYS.stream().anyMatch(words::contains) && value.length() == 10;
        boolean plan = tokens.stream().anyMatch(t -> PLAN_WORDS.contains(t.word().toLowerCase(Locale.ROOT)));
        String day = published.toString().substring(0, value.length());
        if (!plan && value.compareTo(day) > 0) {
            return shift(value, weekday, -1);
        }
        return value;
    }

    private static String shift(String value, boolean weekday, int direction) {
        if (value.length() == 10) {
            LocalDate d = LocalDate.parse(value);
            return (weekday ? d.plusWeeks(direction) : d.plusYears(direction)).toString();
        }
        return YearMonth.parse(value).plusYears(direction).toString();
    }
}

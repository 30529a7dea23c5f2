package org.w3id.attache.events;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A date as a text gives it ({@code 2025-03-04}, {@code 2025-03} or {@code 2025}) and the first
 * and last day it allows.
 *
 * @param lexical the date at its precision
 * @param first the first day it allows
 * @param last the last day it allows
 */
record DateSpan(String lexical, LocalDate first, LocalDate last) {

    /** The span of a lexical date, or empty when it is none of the three forms. */
    static Optional<DateSpan> parse(String lexical) {
        try {
            if (lexical.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate day = LocalDate.parse(lexical);
                return Optional.of(new DateSpan(lexical, day, day));
            }
            if (lexical.matches("\\d{4}-\\d{2}")) {
                YearMonth month = YearMonth.parse(lexical);
                return Optional.of(new DateSpan(lexical, month.atDay(1), month.atEndOfMonth()));
            }
            if (lexical.matches("\\d{4}")) {
                int year = Integer.parseInt(lexical);
                return Optional.of(new DateSpan(lexical, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** 0 for a day, 1 for a month, 2 for a year: smaller is more precise. */
    int coarseness() {
        return lexical.length() == 10 ? 0 : lexical.length() == 7 ? 1 : 2;
    }

    /** Whether {@code other} lies within this span (a day inside its month). */
    boolean contains(DateSpan other) {
        return !other.first.isBefore(first) && !other.last.isAfter(last);
    }
}

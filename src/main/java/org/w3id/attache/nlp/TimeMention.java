package org.w3id.attache.nlp;

/**
 * A date SUTime found and normalised, reduced to the precisions attache stores.
 *
 * @param sentence index of the sentence
 * @param begin first token
 * @param end one past the last token
 * @param value {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}
 * @param anaphoric the words point back to a date already told ("the same day", "that day",
 *                  "three days later")
 * @param offsetDays for an anaphoric date, how many days after the date told it lies (-2 for
 *                   "two days earlier")
 */
public record TimeMention(int sentence, int begin, int end, String value, boolean anaphoric, int offsetDays) {
    private static final java.util.List<String> NUMBERS = java.util.List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten");

    /**
     * The days "N days later" or "a week earlier" lie after (before) the date told, or null when
     * the words are not such an expression.
     */
    public static Integer relativeDays(String words) {
        var m = java.util.regex.Pattern.compile("\\b(a|an|\\d+|" + String.join("|", NUMBERS) + ") (day|days|week|weeks) (later|earlier)\\b")
                .matcher(words.toLowerCase(java.util.Locale.ROOT));
        if (!m.find()) {
            return null;
        }
        String n = m.group(1);
        int count = n.equals("a") || n.equals("an") ? 1 : n.matches("\\d+") ? Integer.parseInt(n) : NUMBERS.indexOf(n);
        int days = count * (m.group(2).startsWith("week") ? 7 : 1);
        return m.group(3).equals("later") ? days : -days;
    }

    /** Reduces a TIMEX3 value to a calendar date at day, month or year precision, or null. */
    public static String calendarValue(String timex) {
        if (timex == null) {
            return null;
        }
        var m = java.util.regex.Pattern.compile("^(\\d{4})(-(\\d{2}))?(-(\\d{2}))?").matcher(timex);
        if (!m.find()) {
            return null;
        }
        if (m.group(5) != null) {
            return m.group(1) + "-" + m.group(3) + "-" + m.group(5);
        }
        return m.group(3) != null ? m.group(1) + "-" + m.group(3) : m.group(1);
    }

    /**
     * The month of a week SUTime names ({@code 2024-W19}): the month its Thursday falls in, as ISO
     * weeks count; or null when the value is no week.
     */
    public static String weekMonth(String timex) {
        var week = java.util.regex.Pattern.compile("^(\\d{4})-W(\\d{2})").matcher(timex == null ? "" : timex);
        if (!week.find()) {
            return null;
        }
        int number = Integer.parseInt(week.group(2));
        if (number < 1 || number > 52) {
            return null;
        }
        java.time.LocalDate thursday = java.time.LocalDate.of(Integer.parseInt(week.group(1)), 1, 4)
                .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, number)
                .with(java.time.DayOfWeek.THURSDAY);
        return String.format("%04d-%02d", thursday.getYear(), thursday.getMonthValue());
    }
}

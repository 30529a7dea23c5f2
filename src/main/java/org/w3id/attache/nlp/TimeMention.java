package org.w3id.attache.nlp;

/**
 * A date SUTime found and normalised, reduced to the precisions attache stores.
 *
 * @param sentence index of the sentence
 * @param begin first token
 * @param end one past the last token
 * @param value {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}
 * @param anaphoric the words point back to a date already told ("the same day", "that day")
 */
public record TimeMention(int sentence, int begin, int end, String value, boolean anaphoric) {
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
}

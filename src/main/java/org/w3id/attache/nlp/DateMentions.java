package org.w3id.attache.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The dates SUTime normalised in a sentence, and relative ones ("the same day", "three days later"). */
final class DateMentions {

    /** A time of day with no day of its own: "afternoon", "late evening", "overnight". */
    private static final String PART_OF_DAY = "(early |late |later )?(the )?(morning|afternoon|evening|night|overnight|midday|noon)";
    /** A week of the calendar told from the story's day: "last week", "this week", "next week". */
    private static final String NAMED_WEEK = "(last|this|next|past|coming|previous|following) week";

    private DateMentions() {
    }

    static List<TimeMention> of(int s, List<CoreLabel> tokens, java.time.LocalDate published) {
        List<TimeMention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            String norm = tokens.get(i).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            String kind = tokens.get(i).ner();
            // "on Friday afternoon" is a TIME whose value still names the day
            boolean dated = "DATE".equals(kind) || "TIME".equals(kind) && TimeMention.calendarValue(norm) != null;
            if (dated && norm != null) {
                int j = i;
                while (j < tokens.size() && kind.equals(tokens.get(j).ner())
                        && norm.equals(tokens.get(j).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class))) {
                    j++;
                }
                String value = TimeMention.calendarValue(norm);
                // "last week", "next week" name a week of the calendar; "its fourth week" does not
                String weekMonth = TimeMention.weekMonth(norm);
                if (weekMonth != null && TokenText.phrase(tokens, i, j).toLowerCase(Locale.ROOT).matches(NAMED_WEEK)) {
                    value = weekMonth;
                }
                String words = TokenText.phrase(tokens, Math.max(0, i - 1), j).toLowerCase(Locale.ROOT);
                Integer offset = TimeMention.relativeDays(TokenText.phrase(tokens, i, j));
                // "in the afternoon" names no day: it is the story's day, whatever SUTime anchors it to
                boolean partOfDay = "TIME".equals(kind) && TokenText.phrase(tokens, i, j).toLowerCase(Locale.ROOT).matches(PART_OF_DAY);
                // "earlier in the day", "later in the day": the day told before, not the day of publishing
                boolean earlierThatDay = TokenText.phrase(tokens, Math.max(0, i - 2), j).toLowerCase(Locale.ROOT).matches("(earlier|later) in the day");
                boolean anaphoric = words.matches(".*\\b(same|that) (day|date|morning|evening)\\b.*") || offset != null || partOfDay || earlierThatDay;
                value = partOfDay || earlierThatDay ? null : YearlessDates.anchored(value, tokens, i, j, published);
                if (value != null || anaphoric) {
                    out.add(new TimeMention(s, i, j, value == null ? "" : value, anaphoric, offset == null ? 0 : offset));
                }
                i = j;
            } else {
                i++;
            }
        }
        return out;
    }
}

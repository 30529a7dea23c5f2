package org.w3id.attache.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens a wire story ("MOSCOW — ", "SHUSHA, Azerbaijan — ", "NEW DELHI, July 1 — ",
 * "NEW DELHI: ") says where it
 * was filed, not who did what; left in, the parser takes the city for the subject of the first
 * sentence. It is blanked out with spaces, so every character offset stays the same.
 */
public final class Dateline {
    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
    /**
     * A place (capitals, or capitalised words; "Beijing/Seoul"), perhaps its region, a date
     * ("Nov 24", "Nov. 7, 2015"), the agency in brackets ("(PTI)", "(UrduPoint News / Sputnik - 15th
     * October, 2020)"), and a dash or colon. Groups: 1 the place, 2 all capitals, 3 the date, 4 the
     * agency, 5 the dash.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*((?:([A-Z][A-Z.'\\-]+(?:[ /][A-Z][A-Z.'\\-]+){0,3})|[A-Z][a-z]+(?:[ /][A-Z][a-z]+){0,2}))"
                    + "(?:, (?!" + MONTH + " \\d)[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)*)?"
                    + "(,? " + MONTH + " \\d{1,2}(?:, \\d{4})?)?,?"
                    + "(\\s*\\([^()]{1,80}\\))?"
                    + "(\\s*(?:\\u2014|\\u2013|--|-|:)(?=\\s))?\\s*");

    private Dateline() {
    }

    /** The place a leading dateline names ("NEW DELHI" of "NEW DELHI, July 1 — "), or empty. */
    public static String place(String body) {
        Matcher m = dateline(body);
        return m == null ? "" : m.group(1).split("/")[0].strip();
    }

    /**
     * The dateline's match, or null: capitals need a dash, a colon or an agency after them;
     * capitalised words ("Beijing, Nov 24 (Prensa Latina)", "Nairobi —") a dash, or a date with
     * an agency.
     */
    private static Matcher dateline(String body) {
        Matcher m = DATELINE.matcher(body);
        if (!m.find()) {
            return null;
        }
        boolean capitals = m.group(2) != null;
        boolean dash = m.group(5) != null;
        boolean agency = m.group(4) != null;
        boolean date = m.group(3) != null;
        return (capitals ? dash || agency : dash || date && agency) ? m : null;
    }

    /** The text with a leading dateline replaced by as many spaces. */
    public static String blanked(String body) {
        Matcher m = dateline(body);
        if (m == null) {
            return body;
        }
        return " ".repeat(m.end()) + body.substring(m.end());
    }
}

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
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*[A-Z][A-Z .'\\-]+(?:, [A-Z][A-Za-z .]+?)?(?:,? [A-Z][a-z]{2,8}\\.? \\d{1,2})?\\s*(?:\\u2014|\\u2013|--|:)\\s*");

    private Dateline() {
    }

    /** The place a leading dateline names ("NEW DELHI" of "NEW DELHI, July 1 — "), or empty. */
    public static String place(String body) {
        Matcher m = DATELINE.matcher(body);
        if (!m.find()) {
            return "";
        }
        return m.group().strip().split("[,:\\u2014\\u2013]|--")[0].strip();
    }

    /** The text with a leading dateline replaced by as many spaces. */
    public static String blanked(String body) {
        Matcher m = DATELINE.matcher(body);
        if (!m.find()) {
            return body;
        }
        return " ".repeat(m.end()) + body.substring(m.end());
    }
}

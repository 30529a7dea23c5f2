package org.w3id.attache.guard;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * What a link may be. An article's url becomes an {@code href} on its page, so it must be an
 * absolute {@code http} or {@code https} URL with a host; and no IRI attache stores may have a
 * scheme a browser runs as script. Schemes are read as a browser reads them: blanks and control
 * characters around the link and tabs and line breaks inside it are ignored, and case does not
 * matter, so {@code " Java\tScript:"} is {@code javascript:}.
 */
public final class Links {
    /** Schemes a browser runs or renders as a document of the attacker's choosing. */
    private static final Set<String> SCRIPT_SCHEMES = Set.of("javascript", "vbscript", "livescript", "data");
    private static final Pattern HTTP_WITH_HOST = Pattern.compile("https?://[^/?#]", Pattern.CASE_INSENSITIVE);

    private Links() {
    }

    /**
     * True if {@code url} is an http(s) URL with a host (a {@code #fragment} allowed), and nothing
     * around or inside it a browser would drop.
     */
    public static boolean isHttp(String url) {
        if (url == null || !url.equals(url.strip()) || url.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            return false;
        }
        if (!HTTP_WITH_HOST.matcher(url).lookingAt()) {
            return false;
        }
        try {
            return IRIx.create(url).isReference();
        } catch (IRIException e) {
            return false;
        }
    }

    /** The scheme a browser would take {@code link} to have, lower case; empty if it has none. */
    public static String scheme(String link) {
        int from = 0;
        int to = link.length();
        while (from < to && link.charAt(from) <= 0x20) {
            from++;
        }
        while (to > from && link.charAt(to - 1) <= 0x20) {
            to--;
        }
        StringBuilder scheme = new StringBuilder();
        for (int i = from; i < to; i++) {
            char c = link.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                continue; // a browser drops these anywhere in a URL
            }
            if (c == ':') {
                return scheme.isEmpty() ? "" : scheme.toString().toLowerCase(Locale.ROOT);
            }
            boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
            boolean later = c >= '0' && c <= '9' || c == '+' || c == '.' || c == '-';
            if (!(letter || (later && !scheme.isEmpty()))) {
                return "";
            }
            scheme.append(c);
        }
        return "";
    }

    /** True if a browser would run {@code link} as script, or show it as a document it makes up. */
    public static boolean runsScript(String link) {
        return SCRIPT_SCHEMES.contains(scheme(link));
    }
}

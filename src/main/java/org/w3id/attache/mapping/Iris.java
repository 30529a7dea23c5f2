package org.w3id.attache.mapping;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import org.w3id.attache.nlp.Entity;

/**
 * Mints attache's IRIs: deterministic (same input, same IRI), valid whatever the name, and
 * separated by kind so that a person and a state of one name never collide.
 */
public final class Iris {
    public static final String DEFAULT_BASE = "https://w3id.org/attache/id/";
    public static final String GRAPH_BASE = "https://w3id.org/attache/graph/";
    public static final String METADATA_GRAPH = GRAPH_BASE + "metadata";
    public static final String ENTITIES_GRAPH = GRAPH_BASE + "entities";
    /** Derived: the events merged across articles' reports, and the tenures of posts. */
    public static final String EVENTS_GRAPH = GRAPH_BASE + "events";

    private final String base;

    public Iris(String base) {
        if (!base.matches("^https?://[^\\s<>\"{}|\\\\^`]+/$")) {
            throw new IllegalArgumentException("instance base must be an http(s) IRI ending in '/': " + base);
        }
        this.base = base;
    }

    public static Iris standard() {
        return new Iris(DEFAULT_BASE);
    }

    public String base() {
        return base;
    }

    /**
     * A path segment for a name: lower case, runs of anything but letters and digits become
     * '-', and every non-ASCII character is percent-encoded as UTF-8.
     */
    public static String slug(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replaceAll("'s\\b", "s")
                .replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        if (s.isEmpty()) {
            return "x" + hash(name).substring(0, 12);
        }
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '-')) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    public static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String entity(Entity e) {
        return base + e.type().segment() + "/" + slug(e.label());
    }

    /** An event named in one article ("the signing ceremony"): scoped to that article. */
    public String event(String articleKey, String label) {
        return base + "event/" + articleKey + "/" + slug(label);
    }

    public String post(String organisationSlug, String title) {
        return base + "post/" + organisationSlug + "/" + slug(title);
    }

    public String article(String key) {
        return base + "article/" + key;
    }

    public String context(String key) {
        return article(key) + "#context";
    }

    public String span(String key, int begin, int end) {
        return article(key) + "#char=" + begin + "," + end;
    }

    public String fact(String key, String signature) {
        return base + "fact/" + key + "/" + hash(signature).substring(0, 16);
    }

    public static String articleGraph(String key) {
        return GRAPH_BASE + "article/" + key;
    }

    public String run(String id) {
        return base + "run/" + id;
    }
}

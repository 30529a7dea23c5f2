package org.w3id.attache.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One news article as read from its source: metadata and the body text that extraction reads
 * and that every character offset refers to.
 *
 * @param url the article's identity, reported as {@code source} in query results
 * @param title the headline, possibly empty
 * @param published the publication date, the anchor for relative dates
 * @param outlet the publishing outlet, possibly empty
 * @param body the body text
 * @param origin where it was read from (file name and line), for messages
 */
public record Article(String url, String title, LocalDate published, String outlet, String body, String origin) {
    /** The longest title read, in characters: some five times the longest headline seen in the news. */
    public static final int MAX_TITLE_CHARS = 1_000;
    /** The longest outlet name read, in characters. */
    public static final int MAX_OUTLET_CHARS = 300;

    public Article {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(body, "body");
        title = title == null ? "" : title;
        outlet = outlet == null ? "" : outlet;
        origin = origin == null ? url : origin;
    }

    /** A short stable key for IRIs and graph names: the first 16 hex digits of SHA-256(url). */
    public String key() {
        return sha256(url).substring(0, 16);
    }

    /** SHA-256 of the body, to tell whether a re-ingested article changed. */
    public String contentHash() {
        return sha256(body);
    }

    private static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}

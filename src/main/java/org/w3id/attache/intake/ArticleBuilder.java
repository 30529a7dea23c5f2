package org.w3id.attache.intake;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.w3id.attache.guard.Links;
import org.w3id.attache.guard.TerminalText;

/**
 * Makes an {@link Article} from the fields a file gave, with the command line's overrides, or
 * says which field is wrong. Refused besides missing fields: bodies over
 * {@link ArticleReader#MAX_BODY_CHARS} characters, HTML pages, publication dates after the
 * latest allowed, urls that are not absolute http(s) URLs, and titles and outlets over
 * {@link Article#MAX_TITLE_CHARS} and {@link Article#MAX_OUTLET_CHARS} characters. Control
 * characters and terminal escape sequences become spaces ({@link TerminalText}).
 */
final class ArticleBuilder {
    /** The start of an HTML page, after any comments. */
    private static final Pattern HTML = Pattern.compile("\\s*(<!--.*?-->\\s*)*<(!doctype\\s+html|html[\\s>]|head[\\s>]|body[\\s>])",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final MetadataOverrides overrides;
    private final LocalDate latestPublication;

    ArticleBuilder(MetadataOverrides overrides, LocalDate latestPublication) {
        this.overrides = overrides;
        this.latestPublication = latestPublication;
    }

    /** The fields as read from one record; any may be null. */
    record Fields(String url, String title, String published, String outlet, String body) {
    }

    /**
     * The article, or an {@link InputException} at {@code place} (at {@code datePlace} for the date).
     *
     * @param origin where the article came from, for messages later on
     */
    Article build(String place, String datePlace, Fields fields, String origin) throws InputException {
        String url = overrides.url(fields.url());
        if (url == null || url.isBlank()) {
            throw new InputException(place, "no url: the article needs one ('url:' or --url)");
        }
        LocalDate date = overrides.published() != null ? overrides.published() : parseDate(datePlace, fields.published());
        if (date == null) {
            throw new InputException(place, "no publication date ('published:' / 'date_publish' or --published)");
        }
        String body = fields.body();
        if (body == null || body.isBlank()) {
            throw new InputException(place, "the article has no body text");
        }
        if (date.isAfter(latestPublication)) {
            throw new InputException(datePlace, "publication date " + date + " is in the future");
        }
        if (body.length() > ArticleReader.MAX_BODY_CHARS) {
            throw new InputException(place, "the body has " + body.length() + " characters, more than the "
                    + ArticleReader.MAX_BODY_CHARS + " one article may have; split it into articles");
        }
        checkUrl(place, url.strip());
        String title = overrides.title(fields.title());
        String outlet = overrides.outlet(fields.outlet());
        checkLength(place, "title", title, Article.MAX_TITLE_CHARS, "a headline");
        checkLength(place, "outlet", outlet, Article.MAX_OUTLET_CHARS, "an outlet's name");
        if (HTML.matcher(body).lookingAt()) {
            throw new InputException(place, "the body is an HTML page, not article text; extract the text first");
        }
        return new Article(TerminalText.blank(url).strip(), TerminalText.blank(title), date, TerminalText.blank(outlet),
                TerminalText.blank(body).strip(), origin);
    }

    /**
     * The url names the article in RDF (as an IRI too) and becomes a link on its page: an http(s)
     * URL with its scheme and host; a {@code #fragment} is part of it ("absolute" in RFC 3986 would
     * refuse one).
     */
    private static void checkUrl(String place, String url) throws InputException {
        boolean absolute;
        try {
            absolute = IRIx.create(url).isReference();
        } catch (IRIException e) {
            absolute = false;
        }
        if (!absolute) {
            throw new InputException(place, "url '" + TerminalText.blank(url) + "' is not an absolute URL");
        }
        if (!Links.isHttp(url)) {
            throw new InputException(place, "url '" + TerminalText.blank(url) + "' is not an http or https URL");
        }
    }

    private static void checkLength(String place, String field, String value, int limit, String what) throws InputException {
        if (value != null && value.length() > limit) {
            throw new InputException(place, "the " + field + " has " + value.length() + " characters, more than the "
                    + limit + " " + what + " may have");
        }
    }

    private static LocalDate parseDate(String place, String value) throws InputException {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InputException(place, "publication date '" + value.strip() + "' is not a valid YYYY-MM-DD date");
        }
    }
}

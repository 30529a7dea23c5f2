package org.w3id.attache.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Where the pages live on the server: minted IRIs (under the instance base) are answered at
 * {@code /id/…}, so a link to one stays on this server; any other IRI (Wikidata, an article's
 * url) is linked as it is. Also frames every page with the same head and navigation.
 */
public final class Site {
    /** The path under which the instance namespace is served. */
    public static final String ID_PATH = "/id/";
    /** The timeline page. */
    public static final String TIMELINE_PATH = "/timeline";
    /** The page listing the competency queries. */
    public static final String QUERIES_PATH = "/queries";
    /** The home page. */
    public static final String HOME_PATH = "/";
    /** Entities by name: JSON for the home page's script, HTML without it. */
    public static final String SEARCH_PATH = "/search";
    /** The network of relations between states. */
    public static final String RELATIONS_PATH = "/relations";
    /** The events of one edge of that network. */
    public static final String RELATION_EVENTS_PATH = "/relations/events";
    /** The script of the home page's search box, served from this server (the pages allow no other). */
    public static final String SEARCH_SCRIPT_PATH = "/assets/search.js";
    /** Fuseki's UI, moved from {@code /} to its own path. */
    public static final String UI_PATH = "/sparql-ui/";
    /** The Fuseki UI's query editor for the attache dataset. */
    public static final String EDITOR_PATH = UI_PATH + "#/dataset/attache/query";

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:0 auto;max-width:70em;padding:0 1em;line-height:1.45}
            nav{border-bottom:1px solid #ccc;padding:.5em 0;margin-bottom:1em}nav a{margin-right:1.2em}
            table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:.25em .4em;vertical-align:top;text-align:left}
            th{background:#f3f3f3}mark{background:#fff1a8}mark a{font-size:.75em;vertical-align:super;margin-left:.1em}
            tr:target,mark:target{background:#ffd54f}.muted{color:#666}.article-text{white-space:pre-wrap}
            .counts{display:flex;flex-wrap:wrap;gap:1.5em}.counts table{width:auto}#search-results li{margin:.2em 0}
            input[type=search]{font-size:1.1em;width:24em;max-width:100%}svg a:hover line{stroke:#d62728}
            """;

    private final String base;

    /** @param base the instance base, e.g. {@code https://w3id.org/attache/id/} (ends in '/') */
    public Site(String base) {
        if (base == null || !base.endsWith("/")) {
            throw new IllegalArgumentException("instance base must end in '/': " + base);
        }
        this.base = base;
    }

    public String base() {
        return base;
    }

    /** True when {@code iri} is in the instance namespace. */
    public boolean minted(String iri) {
        return iri.startsWith(base) && iri.length() > base.length();
    }

    /** The IRI a path under {@code /id/} stands for ({@code person/x} → {@code BASE person/x}). */
    public String iriOf(String pathUnderId) {
        return base + pathUnderId;
    }

    /**
     * Where to link {@code iri}: its page on this server when minted, the IRI itself when it is an
     * {@code http(s)} URL, else nowhere (null): whatever the store holds, a page never links to a
     * {@code javascript:}, {@code data:} or other scheme a browser would run or open.
     */
    public String href(String iri) {
        if (iri == null) {
            return null;
        }
        if (minted(iri)) {
            return ID_PATH + iri.substring(base.length());
        }
        return isWebUrl(iri) ? iri : null;
    }

    /** {@link #href(String)} with {@code #fragment}; null where the IRI gets no link. */
    public String href(String iri, String fragment) {
        String href = href(iri);
        return href == null ? null : href + "#" + fragment;
    }

    /** True for an absolute {@code http:} or {@code https:} URL (scheme in any case). */
    static boolean isWebUrl(String iri) {
        String lower = iri.toLowerCase(Locale.ROOT);
        return (lower.startsWith("http://") || lower.startsWith("https://")) && iri.chars().noneMatch(c -> c < 0x21);
    }

    /** The query editor with {@code query} in it. */
    public static String editorHref(String query) {
        return EDITOR_PATH + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A whole HTML document: head, the navigation bar, {@code body}. */
    public String page(String title, Html body) {
        return page(title, body, null);
    }

    /** A whole HTML document that loads {@code script}, a path on this server (null for none). */
    String page(String title, Html body, String script) {
        Html doc = new Html();
        doc.open("html", "lang", "en").open("head").open("meta", "charset", "utf-8")
                .element("title", title + " · attache").open("style");
        doc.append(Html.trusted(STYLE)).close("style");
        if (script != null) {
            doc.open("script", "src", script, "defer", "defer").close("script");
        }
        doc.close("head").open("body")
                .open("nav").link(HOME_PATH, "attache").link(RELATIONS_PATH, "Relations").link(TIMELINE_PATH, "Timeline")
                .link(QUERIES_PATH, "Competency queries").link(EDITOR_PATH, "SPARQL editor").close("nav")
                .element("h1", title).append(body).close("body").close("html");
        return "<!DOCTYPE html>\n" + doc;
    }
}

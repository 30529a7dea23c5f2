package org.w3id.attache.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.w3id.attache.lookup.EntityMatch;
import org.w3id.attache.lookup.EntityMatches;

/**
 * One page of the entity search at {@code /search}, as JSON for the home page's script and as an
 * HTML page for browsers without it. Links go to the entities' pages on this server.
 */
public final class SearchResults {
    /** Matches on one page. */
    public static final int PAGE = 20;
    private final Site site;

    public SearchResults(Site site) {
        this.site = site;
    }

    /**
     * {@code {"query":…, "offset":…, "results":[{"iri","label","page","types":[…],"wikidata","country","match"}], "next":…}};
     * {@code next} is the offset of the following page, absent on the last.
     */
    public String json(String query, int offset, EntityMatches page) {
        JsonObject out = new JsonObject();
        out.put("query", query);
        out.put("offset", offset);
        JsonArray results = new JsonArray();
        for (EntityMatch m : page.matches()) {
            JsonObject r = new JsonObject();
            r.put("iri", m.iri());
            r.put("label", m.label());
            String href = site.href(m.iri());
            if (href != null) {
                r.put("page", href);
            }
            JsonArray types = new JsonArray();
            m.types().forEach(types::add);
            r.put("types", types);
            r.put("wikidata", m.wikidata());
            r.put("country", m.country());
            r.put("match", m.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '));
            results.add(r);
        }
        out.put("results", results);
        if (page.more()) {
            out.put("next", offset + page.matches().size());
        }
        return out.toString();
    }

    /** The HTML page: the form again, the matches, and links to the pages before and after. */
    public String html(String query, int offset, EntityMatches page) {
        Html body = new Html().open("form", "method", "get", "action", Site.SEARCH_PATH, "id", "search-form", "role", "search")
                .open("input", "type", "search", "id", "search-box", "name", "q", "value", query, "maxlength", "200")
                .open("button", "type", "submit").text("Search").close("button").close("form");
        if (page.matches().isEmpty()) {
            body.element("p", "No entity has a name or alias containing \u201c" + query + "\u201d.");
        }
        body.open("ol", "id", "search-results", "start", Integer.toString(offset + 1));
        for (EntityMatch m : page.matches()) {
            body.open("li").link(site.href(m.iri()), m.label()).open("span", "class", "muted")
                    .text(describe(m)).close("span").close("li");
        }
        body.close("ol").open("p", "class", "pages");
        if (offset > 0) {
            body.link(href(query, Math.max(0, offset - PAGE)), "← previous").text(" ");
        }
        if (page.more()) {
            body.link(href(query, offset + page.matches().size()), "next →");
        }
        body.close("p");
        return site.page("Entities named \u201c" + query + "\u201d", body);
    }

    /** " — Person, Russia, Wikidata Q7747": what tells two namesakes apart. */
    static String describe(EntityMatch m) {
        StringBuilder s = new StringBuilder(" — ").append(String.join(", ", m.types()));
        if (!m.country().isEmpty()) {
            s.append(s.length() > 3 ? ", " : "").append(m.country());
        }
        if (!m.wikidata().isEmpty()) {
            s.append(s.length() > 3 ? ", " : "").append("Wikidata ").append(m.wikidata());
        }
        return s.length() > 3 ? s.toString() : "";
    }

    private static String href(String query, int offset) {
        return Site.SEARCH_PATH + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&offset=" + offset;
    }
}

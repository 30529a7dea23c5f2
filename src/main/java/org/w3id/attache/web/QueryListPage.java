package org.w3id.attache.web;

import java.util.Map;

/** The page listing the competency queries, each with its question and a link that opens it in the query editor. */
public final class QueryListPage {
    private final Site site;

    public QueryListPage(Site site) {
        this.site = site;
    }

    /** @param queries each query's name and text, in the order to list them */
    public String render(Map<String, String> queries) {
        Html body = new Html().element("p", "Each link opens the query in the SPARQL editor, ready to run.");
        body.open("ul", "class", "queries");
        queries.forEach((name, text) -> body.open("li").open("a", "class", "query", "href", Site.editorHref(text)).text(name)
                .close("a").text(" — " + question(text)).close("li"));
        body.close("ul");
        return site.page("Competency queries", body);
    }

    /**
     * The query's opening comment, every line of it up to the first line of SPARQL: the question
     * it answers (without a "Competency question:" label) and what its rows and columns hold.
     */
    static String question(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.strip().split("\n")) {
            String l = line.strip();
            if (!l.startsWith("#")) {
                break;
            }
            out.append(out.length() == 0 ? "" : " ").append(l.replaceFirst("^#+\\s*", ""));
        }
        return out.toString().replaceFirst("^(?i)competency question:\\s*", "");
    }
}

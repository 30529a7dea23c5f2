package org.w3id.attache.web;

import java.util.List;

/** A table of facts: what, who in which role, when, how certain, and the sentence it came from. */
final class FactTable {
    private final Site site;

    FactTable(Site site) {
        this.site = site;
    }

    /**
     * @param facts the rows
     * @param onArticlePage rows get the fact's anchor id (the highlighted spans link to them) and
     *        sentences link to their span in the text; elsewhere sentences link to the article page's row
     */
    Html render(List<FactView> facts, boolean onArticlePage) {
        Html h = new Html();
        if (facts.isEmpty()) {
            return h.element("p", "No facts.", "class", "muted");
        }
        h.open("table", "class", "facts").open("tr");
        for (String column : List.of("fact", "roles", "date", "certainty", "sentence")) {
            h.element("th", column);
        }
        h.close("tr");
        for (FactView f : facts) {
            h.open("tr", "id", onArticlePage ? f.anchor() : null, "class", "fact");
            h.open("td").link(site.href(f.iri()), f.kind()).text(f.negated() ? " (negated)" : "").close("td");
            h.open("td").append(roles(f)).close("td");
            h.element("td", f.date());
            h.element("td", f.certainty());
            h.open("td");
            if (onArticlePage && f.begin() >= 0) {
                h.open("a", "class", "sentence", "href", "#span-" + f.begin() + "-" + f.end()).text(f.sentence()).close("a");
            } else if (!f.article().isEmpty()) {
                h.open("a", "class", "sentence", "href", site.href(f.article(), f.anchor())).text(f.sentence()).close("a");
            } else {
                h.text(f.sentence());
            }
            h.close("td").close("tr");
        }
        return h.close("table");
    }

    /** The roles as "visitor: Kim Jong Un; destination: Moscow", entities linked. */
    Html roles(FactView f) {
        Html h = new Html();
        boolean first = true;
        for (FactView.Role r : f.roles()) {
            if (!first) {
                h.text("; ");
            }
            first = false;
            h.text(r.name() + ": ");
            value(h, r);
        }
        return h;
    }

    /** A role's value: the entity's label linked to its page, or the literal as text. */
    void value(Html h, FactView.Role r) {
        if (r.iri().isEmpty()) {
            h.text(r.label());
        } else {
            h.link(site.href(r.iri()), r.label());
        }
    }
}

package org.w3id.attache.wikidata;

import java.time.LocalDate;

/**
 * A stored post-holding fact read as a Wikidata P39 (position held) statement: only facts the
 * text states as certain, positive, past or present and unhedged become one.
 *
 * @param fact the fact's IRI
 * @param holder the person's IRI
 * @param holderLabel the person's name
 * @param holderQid the person's Wikidata id, or empty when unlinked
 * @param post the post's IRI
 * @param postLabel the post's title
 * @param postQid the post's Wikidata id, or empty when unlinked
 * @param start the start of the holding (an appointment the text dates), or null
 * @param former true when the text says the post is no longer held (end time unknown)
 * @param source the article's url
 * @param retrieved the day the article was read into the store
 */
public record PositionStatement(String fact, String holder, String holderLabel, String holderQid, String post, String postLabel,
        String postQid, WikidataTime start, boolean former, String source, LocalDate retrieved) {

    /** Are both the person and the post linked to Wikidata items? */
    public boolean linked() {
        return !holderQid.isEmpty() && !postQid.isEmpty();
    }
}

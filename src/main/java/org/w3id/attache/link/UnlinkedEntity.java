package org.w3id.attache.link;

import java.util.Set;

/**
 * An entity of the store without a Wikidata link, with what the articles say around it.
 *
 * @param iri the entity
 * @param kind what it is
 * @param name the label to look up on Wikidata ("Vladimir Putin"; for a post "President of Russia")
 * @param countryQid the Wikidata id of its country (for a post, of the state it belongs to), or empty
 * @param postQids Wikidata ids of the posts the articles say it holds
 * @param contextQids Wikidata ids of the entities mentioned in the same articles
 */
public record UnlinkedEntity(String iri, EntityKind kind, String name, String countryQid, Set<String> postQids, Set<String> contextQids) {
    public UnlinkedEntity {
        countryQid = countryQid == null ? "" : countryQid;
        postQids = Set.copyOf(postQids);
        contextQids = Set.copyOf(contextQids);
    }
}

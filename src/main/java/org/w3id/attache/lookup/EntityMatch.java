package org.w3id.attache.lookup;

import java.util.List;

/**
 * One entity a name matched: its IRI, label, how well it matched, its attache classes (local
 * names, "Person"), its Wikidata id ("Q7747") or "" when it is not linked, and the label of its
 * country or "" when it has none.
 */
public record EntityMatch(String iri, String label, MatchKind kind, List<String> types, String wikidata, String country) {
    public EntityMatch {
        types = List.copyOf(types);
    }
}

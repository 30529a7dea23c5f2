package org.w3id.attache.link;

import java.util.Set;

/**
 * A Wikidata item whose English label or alias equals a name looked up.
 *
 * @param qid its id
 * @param byLabel true when the name is its label, false when only an alias
 * @param classes its P31 classes and their direct P279 superclasses
 * @param countries its P17 (country), P27 (citizenship) and P1001 (jurisdiction) values
 * @param positions its P39 (position held) values
 */
public record Candidate(String qid, boolean byLabel, Set<String> classes, Set<String> countries, Set<String> positions) {
    public Candidate {
        classes = Set.copyOf(classes);
        countries = Set.copyOf(countries);
        positions = Set.copyOf(positions);
    }
}

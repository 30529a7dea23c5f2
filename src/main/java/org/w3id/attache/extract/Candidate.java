package org.w3id.attache.extract;

import java.util.List;

/**
 * A fact that a trigger and the actors around it may state, with the features the scorer
 * weighs to keep or drop it.
 *
 * @param fact the fact as it would be stored
 * @param features its features, as names (a feature is present or not)
 */
public record Candidate(Fact fact, List<String> features) {
}

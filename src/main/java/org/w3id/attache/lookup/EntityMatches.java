package org.w3id.attache.lookup;

import java.util.List;

/** One page of matches, best first, and whether more follow it. */
public record EntityMatches(List<EntityMatch> matches, boolean more) {
    public EntityMatches {
        matches = List.copyOf(matches);
    }
}

package org.w3id.attache.load;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a load did.
 *
 * @param files shards read
 * @param quadsRead quads in them, the derived graphs' included
 * @param derivedLeftOut quads of the events and Wikidata-view graphs, left out: the store makes its own
 * @param graphsLoaded article graphs written
 * @param graphsUnchanged article graphs the store held already, the same
 * @param invalid graphs left out with {@code --skip-invalid}: name to why
 * @param entitiesMerged entities recognised as another by their Wikidata id
 * @param millis time taken by each step, in order: read and write, derive, statistics
 */
public record LoadReport(int files, long quadsRead, long derivedLeftOut, long graphsLoaded, long graphsUnchanged,
        Map<String, String> invalid, int entitiesMerged, Map<String, Long> millis) {
    public LoadReport {
        invalid = Map.copyOf(invalid);
        millis = Collections.unmodifiableMap(new LinkedHashMap<>(millis));
    }

    /** Names of the graphs left out, sorted. */
    public List<String> invalidGraphs() {
        return invalid.keySet().stream().sorted().toList();
    }
}

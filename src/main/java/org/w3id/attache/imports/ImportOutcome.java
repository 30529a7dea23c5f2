package org.w3id.attache.imports;

import java.util.List;
import org.w3id.attache.validate.Violation;

/**
 * What an import did: either it wrote everything, or it wrote nothing and says why.
 *
 * @param written true if the data is now in the store
 * @param quadsAdded quads the store did not hold before (data and provenance)
 * @param graphs the named graphs written
 * @param graphsAlreadyStored graphs skipped because the store already held them unchanged
 * @param entitiesMerged incoming entity IRIs recognised, by Wikidata id, as an entity already
 *     known (in the store or earlier in the same import)
 * @param refusal why nothing was written (empty when written)
 * @param violations the SHACL results that refused the data
 */
public record ImportOutcome(boolean written, long quadsAdded, List<String> graphs, List<String> graphsAlreadyStored,
        int entitiesMerged, String refusal, List<Violation> violations) {

    static ImportOutcome refused(String why, List<Violation> violations) {
        return new ImportOutcome(false, 0, List.of(), List.of(), 0, why, violations);
    }
}

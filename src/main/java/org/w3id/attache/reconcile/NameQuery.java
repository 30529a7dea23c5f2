package org.w3id.attache.reconcile;

import java.util.Set;

/**
 * One query of a batch: its key in the batch ("q0"), the name to match (may be blank: a query by
 * properties only, which this service cannot match), the attache class names it is limited to
 * (empty for any), and how many candidates it wants.
 */
record NameQuery(String key, String name, Set<String> types, int limit) {
    NameQuery {
        types = Set.copyOf(types);
    }
}

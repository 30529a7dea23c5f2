package org.w3id.attache.lookup;

/** How a name matched an entity, best first: the order of {@link #values()} is the ranking. */
public enum MatchKind {
    /** The whole label, in any case. */
    EXACT_LABEL,
    /** The whole of one alias (skos:altLabel). */
    EXACT_ALIAS,
    /** The start of the label or an alias. */
    PREFIX,
    /** Somewhere inside the label or an alias. */
    SUBSTRING
}

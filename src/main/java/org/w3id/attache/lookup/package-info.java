/** Finds entities by name: case-insensitive matches on their labels and aliases in the entities graph, ranked exact label, exact alias, prefix, substring, optionally of given types, paged. */
package org.w3id.attache.lookup;

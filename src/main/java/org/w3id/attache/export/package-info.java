/** Export: writes the store, or one article of it, as TriG, N-Quads, Turtle, JSON-LD or PLOVER event records. */
package org.w3id.attache.export;

/** Export: writes the store, or one article of it, as TriG, N-Quads, Turtle, JSON-LD or PLOVER event records (one per fact, or one per merged event). */
package org.w3id.attache.export;

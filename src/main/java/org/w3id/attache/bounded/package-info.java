/** Runs the read-only SPARQL queries behind the server's pages and APIs within a deadline and a row cap, with their inputs bound as RDF terms, never spliced into the text. */
package org.w3id.attache.bounded;

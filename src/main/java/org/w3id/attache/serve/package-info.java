/** Serves the knowledge graph read-only over HTTP: SPARQL query and Graph Store reads from an embedded Fuseki. */
package org.w3id.attache.serve;

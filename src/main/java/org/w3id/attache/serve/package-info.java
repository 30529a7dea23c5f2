/** Serves the knowledge graph over HTTP from an embedded Fuseki: SPARQL query and Graph Store reads, within limits, update only for the users of a password file, and the minted IRIs, pages and query editor for people. */
package org.w3id.attache.serve;

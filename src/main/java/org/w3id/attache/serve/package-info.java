/** Serves the knowledge graph over HTTP from an embedded Fuseki: SPARQL query and Graph Store reads, within limits, update only for the users of a password file, and the minted IRIs, pages, reconciliation service and query editor for people and their tools. */
package org.w3id.attache.serve;

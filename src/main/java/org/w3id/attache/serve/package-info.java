/** Serves the knowledge graph over HTTP from an embedded Fuseki: SPARQL query and Graph Store reads, within limits, and update only for the users of a password file. */
package org.w3id.attache.serve;

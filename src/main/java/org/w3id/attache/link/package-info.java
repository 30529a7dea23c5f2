/** Links attache's entities to Wikidata items: offline from verified gazetteer ids, online over SPARQL with context scoring. */
package org.w3id.attache.link;

/** Gives attache's facts Wikidata's shape: P39 statements as a derived graph and as QuickStatements with references. */
package org.w3id.attache.wikidata;

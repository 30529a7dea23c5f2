/** Mapping: turns an article's facts into RDF under the attache ontology, with deterministic IRIs. */
package org.w3id.attache.mapping;

/** Renders the stored graph for people: entity, article, timeline and query-list pages as HTML and SVG, and the RDF that describes one IRI. */
package org.w3id.attache.web;

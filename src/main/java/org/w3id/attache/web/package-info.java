/** Renders the stored graph for people: home, search, entity, article, timeline, relations and query-list pages as HTML and SVG (and the search as JSON for the home page's script), and the RDF that describes one IRI. */
package org.w3id.attache.web;

/** Validate: checks RDF against attache's SHACL shapes and reports each violation by node, path and shape. */
package org.w3id.attache.validate;

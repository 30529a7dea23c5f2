/** Imports: reads RDF files from attache or any tool, checks them completely, and adds them to the store all-or-nothing. */
package org.w3id.attache.imports;

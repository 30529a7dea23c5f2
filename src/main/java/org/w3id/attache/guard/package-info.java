/** Guard: checks for text that comes from outside (terminal escapes, link schemes, nesting depth), shared by intake, import and the command line. */
package org.w3id.attache.guard;

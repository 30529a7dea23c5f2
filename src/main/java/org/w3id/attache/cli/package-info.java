/** CLI: parses the command line, delegates to the pipeline stages, and decides exit codes. */
package org.w3id.attache.cli;

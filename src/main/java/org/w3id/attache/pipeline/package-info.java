/** Pipeline: runs intake's articles through nlp, extract and mapping to the graphs the store writes. */
package org.w3id.attache.pipeline;

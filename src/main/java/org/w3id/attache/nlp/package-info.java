/** NLP: runs CoreNLP and the gazetteer over an article and marks entity, title and date mentions. */
package org.w3id.attache.nlp;

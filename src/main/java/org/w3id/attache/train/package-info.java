/** Train: learns the candidate scorer from the gold of evaluation sets and writes it as a data file ({@code rules/model/candidates.tsv}). */
package org.w3id.attache.train;

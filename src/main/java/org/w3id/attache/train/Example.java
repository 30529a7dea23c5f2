package org.w3id.attache.train;

import java.util.List;
import org.w3id.attache.eval.RecordKind;

/**
 * One candidate as a training example.
 *
 * @param article the index of its article in {@link TrainingExamples.Gathered#articles()}
 * @param kind the record type, as the gold names it
 * @param row the row its competency query would give
 * @param features the candidate's features
 * @param positive does it state a fact of the gold (required or optional)?
 */
record Example(int article, RecordKind kind, List<String> row, List<String> features, boolean positive) {
}

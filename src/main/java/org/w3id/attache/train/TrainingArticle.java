package org.w3id.attache.train;

import java.util.List;
import org.w3id.attache.eval.EvaluationSet;
import org.w3id.attache.eval.RecordKind;
import org.w3id.attache.eval.Scorer;

/**
 * A training article: its set and entry (url and gold), the scorer with its set's name
 * variants, the rows the rules alone give it, and whether its score decides the thresholds
 * (real news does; texts the rules were written on would only ever ask for the rules).
 */
record TrainingArticle(EvaluationSet set, EvaluationSet.Entry entry, Scorer scorer, List<Row> ruleRows, boolean choosesThresholds) {

    /** A row of one record type. */
    record Row(RecordKind kind, List<String> values) {
    }
}

package org.w3id.attache.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.w3id.attache.query.QueryRunner;

/** The rows the competency queries give over a store, by article url and type: what {@code run-eval.sh} writes as CSV. */
public final class StorePredictions implements Scorer.Predictions {
    private final Map<String, Map<RecordKind, List<List<String>>>> rows = new HashMap<>();

    public StorePredictions(Dataset dataset) {
        for (RecordKind kind : RecordKind.values()) {
            String text;
            try {
                text = QueryRunner.shippedText(kind.query());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Txn.executeRead(dataset, () -> {
                try (QueryExecution qe = QueryExecution.create(text, dataset)) {
                    ResultSet rs = qe.execSelect();
                    while (rs.hasNext()) {
                        QuerySolution s = rs.next();
                        List<String> values = new ArrayList<>();
                        for (String column : kind.columns()) {
                            values.add(text(s.get(column)));
                        }
                        rows.computeIfAbsent(text(s.get("source")), u -> new EnumMap<>(RecordKind.class))
                                .computeIfAbsent(kind, k -> new ArrayList<>()).add(values);
                    }
                }
            });
        }
    }

    private static String text(RDFNode node) {
        if (node == null) {
            return "";
        }
        return (node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString()).strip();
    }

    @Override
    public List<List<String>> rows(String url, RecordKind kind) {
        return rows.getOrDefault(url, Map.of()).getOrDefault(kind, List.of());
    }
}

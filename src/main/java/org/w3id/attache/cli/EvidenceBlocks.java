package org.w3id.attache.cli;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;

/** {@code explain}'s text: a block per fact, labelled lines, the sentence wrapped to fit the terminal. */
final class EvidenceBlocks {
    private static final String INDENT = "           ";

    private EvidenceBlocks() {
    }

    /** The blocks of the rows {@code query} gives (columns fact, type, rule, certainty, begin, end, sentence). */
    static String render(Dataset dataset, Query query, int width) {
        StringBuilder out = new StringBuilder();
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.create(query, dataset)) {
                qe.execSelect().forEachRemaining(row -> block(out, row, width));
            }
        });
        return out.length() == 0 ? "no fact found\n" : out.toString();
    }

    private static void block(StringBuilder out, QuerySolution row, int width) {
        out.append(line("fact", text(row.get("fact")), width));
        out.append(line("type", local(row.get("type")) + "   rule " + text(row.get("rule")) + "   certainty " + local(row.get("certainty")), width));
        out.append(line("span", "characters " + text(row.get("begin")) + "–" + text(row.get("end")), width));
        out.append(line("sentence", text(row.get("sentence")), width)).append('\n');
    }

    /** "label      value", the value wrapped at word breaks under itself. */
    static String line(String label, String value, int width) {
        String head = (label + INDENT).substring(0, INDENT.length());
        List<String> lines = wrap(value, width - INDENT.length());
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            b.append(i == 0 ? head : INDENT).append(lines.get(i)).append('\n');
        }
        return b.toString();
    }

    private static List<String> wrap(String text, int room) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            while (word.length() > room) { // a word longer than the line (an IRI) is cut
                if (current.length() > 0) {
                    lines.add(current.toString());
                    current.setLength(0);
                }
                lines.add(word.substring(0, room));
                word = word.substring(room);
            }
            if (current.length() > 0 && current.length() + 1 + word.length() > room) {
                lines.add(current.toString());
                current.setLength(0);
            }
            current.append(current.length() == 0 ? "" : " ").append(word);
        }
        if (current.length() > 0 || lines.isEmpty()) {
            lines.add(current.toString());
        }
        return lines;
    }

    private static String text(RDFNode n) {
        return n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    private static String local(RDFNode n) {
        String t = text(n);
        return t.substring(Math.max(t.lastIndexOf('#'), t.lastIndexOf('/')) + 1);
    }
}

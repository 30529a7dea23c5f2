package org.w3id.attache.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.w3id.attache.extract.CandidateModel;
import org.w3id.attache.query.QueryRunner;
import org.w3id.attache.store.Store;

/**
 * Scores how attache merges reports into events on a clustering set: {@code articles/} and
 * {@code gold/events.tsv}, one line per report (event id, article, type, two names, date, note).
 * The articles are ingested into a fresh in-memory store; each gold report is looked up among the
 * rows of {@code queries/events.rq} (same type, reported by that article, both names among the
 * event's participants and place); the events it lands in are scored against the gold events.
 * Reports extraction did not find are counted apart: the clustering scores cover the found ones,
 * and the end-to-end scores count each missed report as an event of its own. A gold event is
 * scored per record type, as the events graph keeps them: a state visit and the talks held
 * during it are a visit and a meeting.
 */
public final class ClusterEvaluation {
    /** One line of {@code gold/events.tsv}. */
    public record GoldReport(String event, String article, String type, String a, String b, String date) {
    }

    /** A row of {@code events.rq}. */
    record EventRow(String event, String type, List<String> names, String date, int sources, List<String> articles) {
    }

    /**
     * What a run measured.
     *
     * @param found the clustering of the reports extraction found
     * @param endToEnd the same with every missed report as an event of its own
     * @param reports gold reports
     * @param missed the gold reports no event row matched
     * @param assignments for each found report, "gold event, article, type, names, date → event, its date, its sources"
     */
    public record Result(ClusterScore found, ClusterScore endToEnd, int reports, List<GoldReport> missed, List<String> assignments) {
        public String report() {
            return "reports found " + (reports - missed.size()) + " of " + reports + "\n"
                    + "clustering of found reports: " + found.summary() + "\n"
                    + "end to end (a missed report is an event of its own): " + endToEnd.summary() + "\n";
        }
    }

    private ClusterEvaluation() {
    }

    public static Result run(Path set, List<Path> aliases, PrintWriter progress) throws IOException {
        Path gold = set.resolve("gold").resolve("events.tsv");
        List<GoldReport> reports = read(gold);
        Map<String, String> urls = new HashMap<>();
        for (GoldReport r : reports) {
            Path article = set.resolve("articles").resolve(r.article() + ".txt");
            String url = EvaluationSet.urlOf(article);
            if (url.isEmpty()) {
                throw new IOException(gold + ": article " + r.article() + " has no file with a url at " + article);
            }
            urls.put(r.article(), url);
        }
        List<Path> names = new ArrayList<>(aliases);
        names.add(set.resolve("aliases-extra.tsv"));
        Names known = Names.read(names);
        List<EventRow> rows;
        try (Store store = Store.inMemory()) {
            SetEvaluation.ingest(set, List.of(set.resolve("articles").toString()), store, 1, CandidateModel.bundled(), progress);
            rows = eventRows(store);
        }
        List<String> goldIds = new ArrayList<>();
        List<String> predicted = new ArrayList<>();
        List<String> goldAll = new ArrayList<>();
        List<String> predictedAll = new ArrayList<>();
        List<GoldReport> missed = new ArrayList<>();
        List<String> assignments = new ArrayList<>();
        for (GoldReport r : reports) {
            Optional<EventRow> hit = match(known, r, urls.get(r.article()), rows);
            goldAll.add(r.event() + "|" + r.type());
            predictedAll.add(hit.map(EventRow::event).orElse("missed:" + predictedAll.size()));
            if (hit.isPresent()) {
                goldIds.add(r.event() + "|" + r.type());
                predicted.add(hit.get().event());
                assignments.add(r.event() + " " + r.article() + " " + r.type() + " " + r.a() + " / " + r.b() + " " + r.date() + " -> "
                        + hit.get().event().substring(hit.get().event().lastIndexOf('/') + 1) + " " + hit.get().date() + " (" + hit.get().sources() + " sources)");
            } else {
                missed.add(r);
            }
        }
        return new Result(ClusterScore.of(goldIds, predicted), ClusterScore.of(goldAll, predictedAll), reports.size(), missed, assignments);
    }

    /**
     * The event a gold report lands in: one of its type, reported by its article, naming both its
     * names, at a date that agrees with the report's (when both have one); the most reported first.
     */
    static Optional<EventRow> match(Names names, GoldReport r, String url, List<EventRow> rows) {
        return rows.stream()
                .filter(e -> e.type().equals(r.type()) && e.articles().contains(url))
                .filter(e -> r.date().isEmpty() || e.date().isEmpty() || Names.sameDate(r.date(), e.date()))
                .filter(e -> e.names().stream().anyMatch(n -> names.sameEntity(r.a(), n, true))
                        && e.names().stream().anyMatch(n -> names.sameEntity(r.b(), n, true)))
                .min(Comparator.comparing((EventRow e) -> -e.sources()).thenComparing(EventRow::event));
    }

    private static List<EventRow> eventRows(Store store) throws IOException {
        String text = QueryRunner.shippedText("events");
        List<EventRow> rows = new ArrayList<>();
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.create(text, store.dataset())) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    List<String> names = new ArrayList<>(List.of(lexical(s, "participants").split("; ")));
                    names.add(lexical(s, "placeLabel"));
                    rows.add(new EventRow(s.getResource("event").getURI(), lexical(s, "type"), names, lexical(s, "date"),
                            Integer.parseInt(lexical(s, "sources")), List.of(lexical(s, "articles").split(" "))));
                }
            }
        });
        return rows;
    }

    private static String lexical(QuerySolution s, String column) {
        return s.contains(column) ? s.getLiteral(column).getLexicalForm() : "";
    }

    /** Reads {@code gold/events.tsv}: a header, then event, article, type, a, b, date and a note per line. */
    static List<GoldReport> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<GoldReport> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#") || (i == 0 && line.startsWith("event\t"))) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 6 || cols[0].isBlank() || cols[1].isBlank() || org.w3id.attache.events.EventKind.named(cols[2].strip()).isEmpty()) {
                throw new IOException(file + ":" + (i + 1) + ": expected event, article, type, a, b, date[, note] separated by tabs");
            }
            out.add(new GoldReport(cols[0].strip(), cols[1].strip(), cols[2].strip(), cols[3].strip(), cols[4].strip(), cols[5].strip()));
        }
        return out;
    }
}

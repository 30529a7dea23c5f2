package org.w3id.attache.train;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.w3id.attache.eval.EvaluationSet;
import org.w3id.attache.eval.GoldRow;
import org.w3id.attache.eval.KeyMatch;
import org.w3id.attache.eval.Names;
import org.w3id.attache.eval.Scorer;
import org.w3id.attache.extract.Candidate;
import org.w3id.attache.extract.CandidateModel;
import org.w3id.attache.extract.Extractor;
import org.w3id.attache.extract.Fact;
import org.w3id.attache.extract.RuleBook;
import org.w3id.attache.extract.TriggerLexicon;
import org.w3id.attache.intake.Article;
import org.w3id.attache.intake.ArticleReader;
import org.w3id.attache.intake.MetadataOverrides;
import org.w3id.attache.mapping.Iris;
import org.w3id.attache.nlp.CoreNlp;
import org.w3id.attache.nlp.Gazetteer;
import org.w3id.attache.pipeline.ArticleProcessor;

/**
 * Every candidate of every article of some evaluation sets, labelled by its gold: positive
 * when the row it would give matches a gold row's keys as the scorer matches them. The
 * candidates come from extraction without a model, so they do not depend on the model being
 * trained; the rules' own rows are kept beside them, for choosing thresholds.
 */
final class TrainingExamples {

    private TrainingExamples() {
    }

    /** The articles, the examples, and how many required gold rows the rules or candidates reach (and which they do not). */
    record Gathered(List<TrainingArticle> articles, List<Example> examples, Map<String, int[]> coverage, List<String> uncovered) {
    }

    static Gathered of(List<EvaluationSet> sets, List<Path> aliases, java.util.Set<Path> thresholdSets, PrintWriter progress) throws IOException {
        ArticleProcessor processor = new ArticleProcessor(CoreNlp.shared(), Gazetteer.bundled(), RuleBook.bundled(),
                TriggerLexicon.bundled(), CandidateModel.none(), Iris.standard());
        ArticleReader reader = new ArticleReader(MetadataOverrides.NONE);
        List<TrainingArticle> articles = new ArrayList<>();
        List<Example> examples = new ArrayList<>();
        Map<String, int[]> coverage = new TreeMap<>();
        List<String> uncovered = new ArrayList<>();
        for (EvaluationSet set : sets) {
            List<Path> names = new ArrayList<>(aliases);
            names.add(set.extraAliases());
            Names variants = Names.read(names);
            KeyMatch keys = new KeyMatch(variants);
            Scorer scorer = new Scorer(variants);
            for (EvaluationSet.Entry e : set.entries()) {
                ArticleReader.Result read = reader.read(e.article());
                if (!read.errors().isEmpty()) {
                    throw new IOException(read.errors().get(0).getMessage());
                }
                for (Article article : read.articles()) {
                    Extractor.Extraction extraction = processor.extraction(processor.analyse(article));
                    int index = articles.size();
                    articles.add(new TrainingArticle(set, e, scorer, rows(extraction.facts()), thresholdSets.contains(set.dir().toAbsolutePath().normalize())));
                    for (Candidate c : extraction.candidates()) {
                        example(index, e, c, keys).ifPresent(examples::add);
                    }
                    cover(set, e, extraction, keys, coverage, uncovered);
                    progress.printf("%s/%s: %d candidates%n", set.dir().getFileName(), e.name(), extraction.candidates().size());
                    progress.flush();
                }
            }
        }
        return new Gathered(articles, examples, coverage, uncovered);
    }

    private static List<TrainingArticle.Row> rows(List<Fact> facts) {
        List<TrainingArticle.Row> out = new ArrayList<>();
        for (Fact f : facts) {
            FactRow.of(f).ifPresent(r -> out.add(new TrainingArticle.Row(FactRow.kind(f), r)));
        }
        return out;
    }

    private static void cover(EvaluationSet set, EvaluationSet.Entry e, Extractor.Extraction extraction, KeyMatch keys,
                              Map<String, int[]> coverage, List<String> uncovered) {
        for (GoldRow g : e.gold()) {
            if (g.optional()) {
                continue;
            }
            boolean byCandidate = extraction.candidates().stream().anyMatch(c -> states(c.fact(), g, keys));
            boolean byRule = extraction.facts().stream().anyMatch(f -> states(f, g, keys));
            int[] c = coverage.computeIfAbsent(g.kind().id(), k -> new int[3]);
            c[0] += byCandidate || byRule ? 1 : 0;
            c[1] += byCandidate ? 1 : 0;
            c[2]++;
            if (!byCandidate && !byRule) {
                uncovered.add(set.dir().getFileName() + "/" + e.name() + " " + g.kind().id() + ": " + String.join(" | ", g.values()));
            }
        }
    }

    private static boolean states(Fact f, GoldRow g, KeyMatch keys) {
        Optional<List<String>> row = FactRow.of(f);
        return row.isPresent() && FactRow.kind(f) == g.kind() && keys.matches(g.kind(), g.values(), row.get());
    }

    private static Optional<Example> example(int article, EvaluationSet.Entry e, Candidate c, KeyMatch keys) {
        Optional<List<String>> row = FactRow.of(c.fact());
        if (row.isEmpty()) {
            return Optional.empty();
        }
        var kind = FactRow.kind(c.fact());
        boolean positive = e.gold().stream().anyMatch(g -> g.kind() == kind && keys.matches(kind, g.values(), row.get()));
        return Optional.of(new Example(article, kind, row.get(), c.features(), positive));
    }
}

package org.w3id.attache.cli;

import edu.stanford.nlp.ling.CoreLabel;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.w3id.attache.extract.CandidateModel;
import org.w3id.attache.extract.Fact;
import org.w3id.attache.intake.ArticleReader;
import org.w3id.attache.intake.InputException;
import org.w3id.attache.intake.MetadataOverrides;
import org.w3id.attache.nlp.AnalysedArticle;
import org.w3id.attache.pipeline.ArticleProcessor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attache parse}: how attache reads an article, for people writing rules. */
@Command(name = "parse", mixinStandardHelpOptions = true, description = "Show each sentence's tokens with their tags, its dependency graph and the facts found: a view for writing rules.")
final class ParseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() throws Exception {
        ArticleReader.Result read = new ArticleReader(MetadataOverrides.NONE).read(file);
        if (!read.errors().isEmpty()) {
            InputException first = read.errors().get(0);
            throw first;
        }
        ArticleProcessor processor = ArticleProcessor.standard();
        PrintWriter out = spec.commandLine().getOut();
        CandidateModel model = CandidateModel.bundled();
        for (var article : read.articles()) {
            AnalysedArticle doc = processor.analyse(article);
            var extraction = processor.extraction(doc);
            var facts = extraction.facts();
            for (int s = 0; s < doc.sentenceCount(); s++) {
                out.println("== [" + s + "] " + doc.sentenceText(s));
                StringBuilder sb = new StringBuilder();
                for (CoreLabel t : doc.tokens(s)) {
                    sb.append(t.word()).append('/').append(t.ner()).append(' ');
                }
                out.println(sb.toString().strip());
                doc.mentions(s).forEach(m -> out.println("  mention " + m.text() + " -> " + m.entity().label() + " (" + m.entity().type() + ", " + m.kind() + ")"));
                doc.titles(s).forEach(t -> out.println("  title " + t.text()));
                doc.times(s).forEach(t -> out.println("  date " + t.value()));
                if (doc.dependencies(s) != null) {
                    out.println(doc.dependencies(s).toList().strip().replace("\n", "\n  | ").replaceFirst("^", "  | "));
                }
                for (var c : extraction.candidates()) {
                    if (c.fact().sentence() == s) {
                        out.printf("  candidate p=%.2f %s%n", model.probability(c.features()), describe(c.fact()));
                    }
                }
                for (Fact f : facts) {
                    if (f.sentence() == s) {
                        out.println("  FACT " + f.type().id() + " " + f.ruleId() + " roles=" + f.roles().entrySet().stream()
                                .map(e -> e.getKey() + ":" + e.getValue().stream().map(x -> x.label()).toList()).toList()
                                + " values=" + f.values() + " date=" + f.date() + " certainty=" + f.certainty()
                                + (f.hedge() == null || f.hedge().isEmpty() ? "" : " hedge=" + f.hedge())
                                + (f.attributedTo() == null ? "" : " from=" + f.attributedTo().label())
                                + (f.negated() ? " NEGATED" : "") + (f.future() ? " FUTURE" : ""));
                    }
                }
            }
        }
        out.flush();
        return ExitCode.OK;
    }

    private static String describe(Fact f) {
        return f.type().id() + " " + f.ruleId() + " " + f.roles().entrySet().stream()
                .map(e -> e.getKey() + ":" + e.getValue().stream().map(x -> x.label()).toList()).toList()
                + " " + f.values() + " date=" + f.date() + (f.negated() ? " NEGATED" : "") + (f.future() ? " FUTURE" : "");
    }
}

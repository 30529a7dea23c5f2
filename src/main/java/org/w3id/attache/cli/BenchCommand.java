package org.w3id.attache.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.attache.intake.Article;
import org.w3id.attache.intake.ArticleReader;
import org.w3id.attache.intake.MetadataOverrides;
import org.w3id.attache.pipeline.ArticleProcessor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attache bench}: time the pipeline per article, warm, on one thread; nothing is stored. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Time extraction per article (warm JVM, one thread, nothing stored): median and p95 ms.")
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR")
    List<Path> inputs;

    @Option(names = "--warmup", description = "untimed passes over the articles first (default: ${DEFAULT-VALUE})")
    int warmup = 2;

    @Option(names = "--rounds", description = "timed passes over the articles (default: ${DEFAULT-VALUE})")
    int rounds = 5;

    @Override
    public Integer call() {
        if (warmup < 0 || rounds < 1) {
            throw new IllegalArgumentException("--warmup must be >= 0 and --rounds >= 1");
        }
        ArticleReader reader = new ArticleReader(MetadataOverrides.NONE);
        List<Article> articles = new ArrayList<>();
        for (Path p : inputs) {
            for (Path f : files(p)) {
                var r = reader.read(f);
                r.errors().forEach(e -> spec.commandLine().getErr().println("attache bench: " + e.getMessage()));
                articles.addAll(r.articles());
            }
        }
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("no articles to time");
        }
        long t0 = System.nanoTime();
        ArticleProcessor processor = ArticleProcessor.standard();
        processor.process(articles.get(0));
        long load = (System.nanoTime() - t0) / 1_000_000;
        for (int i = 0; i < warmup; i++) {
            articles.forEach(processor::process);
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            for (Article a : articles) {
                long s = System.nanoTime();
                processor.process(a);
                ms.add((System.nanoTime() - s) / 1e6);
            }
        }
        ms.sort(Double::compare);
        Runtime rt = Runtime.getRuntime();
        spec.commandLine().getOut().printf("articles %d, rounds %d, timed runs %d%n", articles.size(), rounds, ms.size());
        spec.commandLine().getOut().printf("first article incl. model load: %d ms%n", load);
        spec.commandLine().getOut().printf("ms per article: median %.1f, p95 %.1f, min %.1f, max %.1f%n",
                ms.get(ms.size() / 2), ms.get((int) Math.min(ms.size() - 1, Math.ceil(ms.size() * 0.95) - 1)), ms.get(0), ms.get(ms.size() - 1));
        spec.commandLine().getOut().printf("heap used %d MiB of max %d MiB; %d cores%n",
                (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20, rt.availableProcessors());
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }

    private static List<Path> files(Path p) {
        if (!java.nio.file.Files.isDirectory(p)) {
            return List.of(p);
        }
        try (var s = java.nio.file.Files.list(p)) {
            return s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

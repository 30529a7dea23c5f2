package org.w3id.attache.spark;

import java.util.concurrent.atomic.AtomicInteger;
import org.w3id.attache.extract.CandidateModel;
import org.w3id.attache.extract.RuleBook;
import org.w3id.attache.extract.TriggerLexicon;
import org.w3id.attache.mapping.Iris;
import org.w3id.attache.nlp.CoreNlp;
import org.w3id.attache.nlp.Gazetteer;
import org.w3id.attache.pipeline.ArticleProcessor;

/**
 * The article processors of one executor JVM, built on first use and kept for every task the
 * JVM runs after: loading CoreNLP takes 5–20 s, so it happens once per JVM, not once per task.
 * Each task thread gets its own {@link ArticleProcessor} (a processor serves one thread), and
 * the processors share {@code pipelines} CoreNLP pipelines, thread after thread in turn. With one
 * (the default) the JVM holds one pipeline and its task threads take turns in CoreNLP (which
 * locks) while the rest of extraction runs in parallel; with one per executor core they run
 * fully in parallel at the memory of one pipeline each (about 1 GB).
 */
final class ExecutorPipelines {
    /** The most pipelines a JVM loads ({@code --pipelines-per-executor} is checked against it). */
    static final int MAX_PIPELINES = 64;
    /** Pipelines loaded in this JVM, by number: kept across jobs, whatever their settings. */
    private static final CoreNlp[] LOADED = new CoreNlp[MAX_PIPELINES];
    private static final Object[] LOADING = new Object[MAX_PIPELINES];
    private static ExecutorPipelines current;

    static {
        for (int i = 0; i < MAX_PIPELINES; i++) {
            LOADING[i] = new Object();
        }
    }

    private final String base;
    private final int pipelines;
    private final Gazetteer gazetteer = Gazetteer.bundled();
    private final RuleBook rules = RuleBook.bundled();
    private final TriggerLexicon triggers = TriggerLexicon.bundled();
    private final CandidateModel model = CandidateModel.bundled();
    private final Iris iris;
    private final AtomicInteger threadsSeen = new AtomicInteger();
    private final ThreadLocal<ArticleProcessor> processors = ThreadLocal.withInitial(this::newProcessor);

    private ExecutorPipelines(String base, int pipelines) {
        this.base = base;
        this.pipelines = pipelines;
        this.iris = new Iris(base);
    }

    /** The calling task thread's processor, minting IRIs under {@code base}. */
    static ArticleProcessor processor(String base, int pipelines) {
        return holder(base, pipelines).processors.get();
    }

    private static synchronized ExecutorPipelines holder(String base, int pipelines) {
        if (current == null || !current.base.equals(base) || current.pipelines != pipelines) {
            current = new ExecutorPipelines(base, pipelines);
        }
        return current;
    }

    private ArticleProcessor newProcessor() {
        return new ArticleProcessor(pipeline(threadsSeen.getAndIncrement() % pipelines), gazetteer, rules, triggers, model, iris);
    }

    /** Pipeline {@code i}, loaded by the first thread that needs it while other pipelines load beside it. */
    private static CoreNlp pipeline(int i) {
        synchronized (LOADING[i]) {
            if (LOADED[i] == null) {
                LOADED[i] = i == 0 ? CoreNlp.shared() : CoreNlp.create();
            }
            return LOADED[i];
        }
    }
}

package org.w3id.attache.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;

/**
 * The CoreNLP pipeline attache runs on every article: tokenize, ssplit (with
 * {@link FusedSentences} mended), pos, lemma, ner (with
 * SUTime anchored on the publication date, on the sentences that may hold a date: see
 * {@link DateCandidates}; names only elsewhere) and depparse. Loading takes seconds, so a process
 * builds it once through {@link #shared()}; one instance is not safe for concurrent use.
 */
public final class CoreNlp {
    private static CoreNlp shared;

    private final StanfordCoreNLP tokenizer;
    private final StanfordCoreNLP pipeline;
    private final StanfordCoreNLP namesAndDates;
    private final StanfordCoreNLP namesOnly;
    private final StanfordCoreNLP parser;

    private CoreNlp() {
        Properties tokens = new Properties();
        tokens.setProperty("annotators", "tokenize,ssplit");
        tokens.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=true,splitHyphenated=false");
        tokens.setProperty("ssplit.newlineIsSentenceBreak", "two");
        Properties tag = new Properties();
        tag.setProperty("annotators", "pos,lemma");
        tag.setProperty("enforceRequirements", "false");
        Properties parse = new Properties();
        parse.setProperty("annotators", "depparse");
        parse.setProperty("enforceRequirements", "false");
        parse.setProperty("depparse.extradependencies", "MAXIMAL");
        // The models load in two threads: tagger and names-with-dates here, parser and names-only beside.
        CompletableFuture<StanfordCoreNLP> parserLoaded = CompletableFuture.supplyAsync(() -> new StanfordCoreNLP(parse));
        CompletableFuture<StanfordCoreNLP> namesLoaded = parserLoaded.thenApply(p -> ner(false));
        this.tokenizer = new StanfordCoreNLP(tokens);
        this.pipeline = new StanfordCoreNLP(tag);
        this.namesAndDates = ner(true);
        this.parser = parserLoaded.join();
        this.namesOnly = namesLoaded.join();
    }

    /** The named-entity tagger, with SUTime (dates, anchored on the document date) or without. */
    private static StanfordCoreNLP ner(boolean dates) {
        Properties props = new Properties();
        props.setProperty("annotators", "ner");
        props.setProperty("enforceRequirements", "false");
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("ner.applyNumericClassifiers", Boolean.toString(dates));
        props.setProperty("ner.useSUTime", Boolean.toString(dates));
        props.setProperty("sutime.includeRange", "true");
        return new StanfordCoreNLP(props);
    }

    /** The process-wide pipeline, built on first use. */
    public static synchronized CoreNlp shared() {
        if (shared == null) {
            shared = new CoreNlp();
        }
        return shared;
    }

    /** A new, separately loaded pipeline, for workers that annotate in parallel. */
    public static CoreNlp create() {
        return new CoreNlp();
    }

    /**
     * Parses the dependencies of an annotated document. Run after the gazetteer has corrected
     * part-of-speech tags of names it knows, which the parser relies on.
     */
    public void parse(Annotation doc) {
        synchronized (this) {
            parser.annotate(doc);
        }
        GraphMends.mend(doc);
    }

    /** The same document, seen as only some of its sentences. */
    private static Annotation part(Annotation doc, List<CoreMap> sentences) {
        Annotation part = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
        part.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        part.set(CoreAnnotations.TokensAnnotation.class, doc.get(CoreAnnotations.TokensAnnotation.class));
        part.set(CoreAnnotations.DocDateAnnotation.class, doc.get(CoreAnnotations.DocDateAnnotation.class));
        return part;
    }

    /** Tokenizes, tags and finds names and dates in {@code text}, resolving relative dates against {@code documentDate}. */
    public Annotation annotate(String text, LocalDate documentDate) {
        Annotation doc = new Annotation(text);
        doc.set(CoreAnnotations.DocDateAnnotation.class, documentDate.toString());
        synchronized (this) {
            tokenizer.annotate(doc);
            FusedSentences.mend(doc);
            pipeline.annotate(doc);
            List<CoreMap> withDates = new ArrayList<>();
            List<CoreMap> without = new ArrayList<>();
            for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
                (DateCandidates.in(sentence.get(CoreAnnotations.TokensAnnotation.class)) ? withDates : without).add(sentence);
            }
            namesAndDates.annotate(part(doc, withDates));
            namesOnly.annotate(part(doc, without));
        }
        return doc;
    }
}

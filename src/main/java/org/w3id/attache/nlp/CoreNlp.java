package org.w3id.attache.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.time.LocalDate;
import java.util.Properties;

/**
 * The CoreNLP pipeline attache runs on every article: tokenize, ssplit, pos, lemma, ner (with
 * SUTime anchored on the publication date) and depparse. Loading takes seconds, so a process
 * builds it once through {@link #shared()}; one instance is not safe for concurrent use.
 */
public final class CoreNlp {
    private static CoreNlp shared;

    private final StanfordCoreNLP pipeline;
    private final StanfordCoreNLP parser;

    private CoreNlp() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        props.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=true,splitHyphenated=false");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("ner.useSUTime", "true");
        props.setProperty("sutime.includeRange", "true");
        this.pipeline = new StanfordCoreNLP(props);
        Properties parse = new Properties();
        parse.setProperty("annotators", "depparse");
        parse.setProperty("enforceRequirements", "false");
        parse.setProperty("depparse.extradependencies", "MAXIMAL");
        this.parser = new StanfordCoreNLP(parse);
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
    }

    /** Tokenizes, tags and finds names and dates in {@code text}, resolving relative dates against {@code documentDate}. */
    public Annotation annotate(String text, LocalDate documentDate) {
        Annotation doc = new Annotation(text);
        doc.set(CoreAnnotations.DocDateAnnotation.class, documentDate.toString());
        synchronized (this) {
            pipeline.annotate(doc);
        }
        return doc;
    }
}

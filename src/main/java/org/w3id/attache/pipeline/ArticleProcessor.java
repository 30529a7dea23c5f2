package org.w3id.attache.pipeline;

import java.util.List;
import org.w3id.attache.extract.CandidateModel;
import org.w3id.attache.extract.Extractor;
import org.w3id.attache.extract.Fact;
import org.w3id.attache.extract.RuleBook;
import org.w3id.attache.extract.TriggerLexicon;
import org.w3id.attache.intake.Article;
import org.w3id.attache.mapping.ArticleGraphs;
import org.w3id.attache.mapping.FactMapper;
import org.w3id.attache.mapping.Iris;
import org.w3id.attache.nlp.AnalysedArticle;
import org.w3id.attache.nlp.CoreNlp;
import org.w3id.attache.nlp.Dateline;
import org.w3id.attache.nlp.Gazetteer;
import org.w3id.attache.nlp.MentionTagger;

/**
 * One article through the stages nlp → extract → mapping. Holds one CoreNLP pipeline, so one
 * processor serves one thread; build one per worker.
 */
public final class ArticleProcessor {
    private final CoreNlp nlp;
    private final MentionTagger tagger;
    private final Extractor extractor;
    private final FactMapper mapper;

    public ArticleProcessor(CoreNlp nlp, Gazetteer gazetteer, RuleBook rules, Iris iris) {
        this(nlp, gazetteer, rules, TriggerLexicon.bundled(), CandidateModel.bundled(), iris);
    }

    /** A processor with its own trigger lexicon and candidate model (training runs with {@link CandidateModel#none()}). */
    public ArticleProcessor(CoreNlp nlp, Gazetteer gazetteer, RuleBook rules, TriggerLexicon triggers, CandidateModel model, Iris iris) {
        this.nlp = nlp;
        this.tagger = new MentionTagger(gazetteer);
        this.extractor = new Extractor(rules, triggers, model, gazetteer);
        this.mapper = new FactMapper(iris, gazetteer);
    }

    /** A processor with the bundled gazetteer and rules, the shared CoreNLP pipeline and the default IRIs. */
    public static ArticleProcessor standard() {
        return new ArticleProcessor(CoreNlp.shared(), Gazetteer.bundled(), RuleBook.bundled(), Iris.standard());
    }

    public AnalysedArticle analyse(Article article) {
        var annotation = nlp.annotate(Dateline.blanked(article.body()), article.published());
        AnalysedArticle doc = tagger.tag(article, annotation);
        nlp.parse(annotation);
        return doc;
    }

    public List<Fact> facts(AnalysedArticle doc) {
        return extractor.extract(doc);
    }

    /** The facts and every candidate offered, kept or not: what training learns from. */
    public Extractor.Extraction extraction(AnalysedArticle doc) {
        return extractor.extractWithCandidates(doc);
    }

    public ArticleGraphs process(Article article) {
        AnalysedArticle doc = analyse(article);
        return mapper.map(doc, facts(doc));
    }
}

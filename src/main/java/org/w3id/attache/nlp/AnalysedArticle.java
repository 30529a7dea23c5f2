package org.w3id.attache.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Optional;
import org.w3id.attache.intake.Article;

/**
 * An article after NLP: CoreNLP's sentences, tokens and dependency graphs, and the entity,
 * title and date mentions found in them, with descriptors and pronouns already resolved.
 */
public final class AnalysedArticle {
    private final Article article;
    private final List<CoreMap> sentences;
    private final List<Mention> mentions;
    private final List<TitleSpan> titles;
    private final List<TimeMention> times;
    private final java.util.function.Function<Entity, Optional<String>> statesServed;
    private final List<Quotation> quotations;

    AnalysedArticle(Article article, List<CoreMap> sentences, List<Mention> mentions, List<TitleSpan> titles, List<TimeMention> times,
                    java.util.function.Function<Entity, Optional<String>> statesServed) {
        this.article = article;
        this.sentences = sentences;
        this.mentions = List.copyOf(mentions);
        this.titles = List.copyOf(titles);
        this.times = List.copyOf(times);
        this.statesServed = statesServed;
        this.quotations = Quotation.in(article.body());
    }

    /** The quotation holding a body offset, if any: it may have opened sentences before. */
    public Optional<Quotation> quotationAt(int offset) {
        return quotations.stream().filter(q -> q.contains(offset)).findFirst();
    }

    /**
     * The ISO code of the state a person serves: the gazetteer's, else the one the article named
     * before the person's title ("Kenyan President William Ruto").
     */
    public Optional<String> stateServed(Entity person) {
        return statesServed.apply(person);
    }

    public Article article() {
        return article;
    }

    public int sentenceCount() {
        return sentences.size();
    }

    public List<CoreLabel> tokens(int sentence) {
        return sentences.get(sentence).get(CoreAnnotations.TokensAnnotation.class);
    }

    public SemanticGraph dependencies(int sentence) {
        return sentences.get(sentence).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    }

    /** The sentence text as written. */
    public String sentenceText(int sentence) {
        return article.body().substring(sentenceBegin(sentence), sentenceEnd(sentence));
    }

    /** UTF-16 offset of the sentence's first character in the body. */
    public int sentenceBegin(int sentence) {
        return sentences.get(sentence).get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    }

    public int sentenceEnd(int sentence) {
        return sentences.get(sentence).get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    }

    public List<Mention> mentions() {
        return mentions;
    }

    public List<Mention> mentions(int sentence) {
        return mentions.stream().filter(m -> m.sentence() == sentence).toList();
    }

    /** The mention covering a token (0-based), if any. */
    public Optional<Mention> mentionAt(int sentence, int token) {
        return mentions.stream().filter(m -> m.sentence() == sentence && m.covers(token)).findFirst();
    }

    public List<TitleSpan> titles(int sentence) {
        return titles.stream().filter(t -> t.sentence() == sentence).toList();
    }

    public Optional<TitleSpan> titleAt(int sentence, int token) {
        return titles.stream().filter(t -> t.sentence() == sentence && t.covers(token)).findFirst();
    }

    public List<TimeMention> times(int sentence) {
        return times.stream().filter(t -> t.sentence() == sentence).toList();
    }
}

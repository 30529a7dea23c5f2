package org.w3id.attache.extract;

import java.util.List;
import org.w3id.attache.nlp.AnalysedArticle;

/** A reading of the article as a whole, run after every sentence's facts are found: it may complete, fold or drop facts. */
interface ArticlePass {

    /** The article's facts after this pass, in order. */
    List<Fact> apply(List<Fact> facts, AnalysedArticle doc);
}

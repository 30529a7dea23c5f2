package org.w3id.attache.nlp;

import java.time.LocalDate;
import org.w3id.attache.intake.Article;
import org.w3id.attache.pipeline.ArticleProcessor;

/** Our own sentences as an article (published 2024-05-10 unless told), analysed by the standard pipeline. */
final class OwnArticles {
    private OwnArticles() {
    }

    static AnalysedArticle analyse(String text) {
        return analyse(text, LocalDate.of(2024, 5, 10));
    }

    static AnalysedArticle analyse(String text, LocalDate published) {
        Article article = new Article("https://example.org/own/" + Math.abs(text.hashCode()), "Own sentences", published,
                "attache tests", text, "OwnArticles");
        return ArticleProcessor.standard().analyse(article);
    }
}

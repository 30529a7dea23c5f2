package org.w3id.attache.spark;

import java.io.Serializable;

/**
 * What reading and processing gave for one article or bad input: exactly one of the two is set.
 *
 * @param article the article's quads, or null
 * @param bad the bad input, or null
 */
record Extraction(ExtractedArticle article, BadInput bad) implements Serializable {
    Extraction {
        if ((article == null) == (bad == null)) {
            throw new IllegalArgumentException("an extraction is an article or a bad input");
        }
    }

    static Extraction of(ExtractedArticle a) {
        return new Extraction(a, null);
    }

    static Extraction of(BadInput b) {
        return new Extraction(null, b);
    }

    boolean isArticle() {
        return article != null;
    }
}

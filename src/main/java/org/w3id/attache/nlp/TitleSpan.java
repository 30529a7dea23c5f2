package org.w3id.attache.nlp;

/**
 * A run of tokens that names a post ("deputy defence minister", "chief of the general staff").
 *
 * @param sentence index of the sentence
 * @param begin first token
 * @param end one past the last token
 * @param text the words as written
 */
public record TitleSpan(int sentence, int begin, int end, String text) {
    public boolean covers(int token) {
        return token >= begin && token < end;
    }
}

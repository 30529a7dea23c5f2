package org.w3id.attache.nlp;

/**
 * A span of tokens in one sentence that names or refers to an entity.
 *
 * @param sentence index of the sentence in the article
 * @param begin first token (0-based)
 * @param end one past the last token
 * @param entity what it refers to
 * @param kind how it refers: by name, by demonym ("Russian"), by a descriptor ("the junta") or a pronoun
 * @param text the covered text
 */
public record Mention(int sentence, int begin, int end, Entity entity, Kind kind, String text) {
    public enum Kind { NAME, DEMONYM, DESCRIPTOR, PRONOUN }

    public boolean covers(int token) {
        return token >= begin && token < end;
    }

    public Mention withEntity(Entity resolved) {
        return new Mention(sentence, begin, end, resolved, kind, text);
    }
}

package org.w3id.attache.intake;

import java.util.function.Consumer;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonParseException;
import org.apache.jena.atlas.json.JsonValue;
import org.w3id.attache.guard.NestingDepth;

/**
 * Articles in news-please's JSON fields ({@code url}, {@code title}, {@code date_publish},
 * {@code maintext}, {@code source_domain}): a JSON Lines record, or a JSON file holding one
 * object or an array of them. Text nested deeper than {@link NestingDepth#LIMIT} is refused
 * before it is parsed, since the parser recurses once per level.
 */
final class NewsPleaseJson {
    private final ArticleBuilder builder;

    NewsPleaseJson(ArticleBuilder builder) {
        this.builder = builder;
    }

    /** One JSON Lines record, found at {@code place} ({@code FILE:LINE}). */
    Article record(String place, String line) throws InputException {
        JsonValue value = parse(place, line, "record");
        if (!value.isObject()) {
            throw new InputException(place, "expected a JSON object");
        }
        return article(place, value.getAsObject());
    }

    /** A whole JSON file: its object, or each object of its array (elements named {@code FILE[i]}). */
    void file(String name, String text, Consumer<Article> articles, Consumer<InputException> errors) throws InputException {
        if (text.isBlank()) {
            throw new InputException(name, "empty file: no JSON");
        }
        JsonValue value = parse(name, text, "text");
        if (value.isObject()) {
            articles.accept(article(name, value.getAsObject()));
        } else if (value.isArray()) {
            JsonArray array = value.getAsArray();
            for (int i = 0; i < array.size(); i++) {
                String place = name + "[" + i + "]";
                try {
                    if (!array.get(i).isObject()) {
                        throw new InputException(place, "expected a JSON object");
                    }
                    articles.accept(article(place, array.get(i).getAsObject()));
                } catch (InputException e) {
                    errors.accept(e);
                }
            }
        } else {
            throw new InputException(name, "expected a JSON object or array of objects");
        }
    }

    private static JsonValue parse(String place, String text, String what) throws InputException {
        if (NestingDepth.of(text) > NestingDepth.LIMIT) {
            throw new InputException(place, "the " + what + " is nested more than " + NestingDepth.LIMIT + " levels deep");
        }
        try {
            return JSON.parseAny(text);
        } catch (JsonParseException e) {
            throw new InputException(place, "invalid JSON: " + e.getMessage());
        } catch (RuntimeException e) {
            throw new InputException(place, "invalid JSON: the " + what + " is cut off or malformed");
        }
    }

    private Article article(String place, JsonObject obj) throws InputException {
        String published = string(obj, "date_publish");
        if (published != null && published.length() >= 10) {
            published = published.substring(0, 10);
        }
        return builder.build(place, place, new ArticleBuilder.Fields(string(obj, "url"), string(obj, "title"), published,
                string(obj, "source_domain"), string(obj, "maintext")), place);
    }

    private static String string(JsonObject obj, String key) {
        JsonValue v = obj.get(key);
        return v != null && v.isString() ? v.getAsString().value() : null;
    }
}

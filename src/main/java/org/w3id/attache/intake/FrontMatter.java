package org.w3id.attache.intake;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An article file with a front-matter header: {@code ---}, lines {@code key: value}, {@code ---},
 * then the body. Without a header the whole text is the body, if the command line gives the date.
 */
final class FrontMatter {
    private FrontMatter() {
    }

    static Article read(String name, String raw, ArticleBuilder builder, boolean publishedGiven) throws InputException {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            throw new InputException(name, "empty file");
        }
        String[] lines = text.split("\n", -1);
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        Map<String, String> meta = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        String body;
        if (lines[first].strip().equals("---")) {
            int end = -1;
            for (int i = first + 1; i < lines.length; i++) {
                String line = lines[i];
                if (line.strip().equals("---")) {
                    end = i;
                    break;
                }
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    throw new InputException(name + ":" + (i + 1), "malformed front matter: expected 'key: value', got '" + line.strip() + "'");
                }
                String key = line.substring(0, colon).strip().toLowerCase();
                meta.put(key, unquote(line.substring(colon + 1).strip()));
                lineOf.put(key, i + 1);
            }
            if (end < 0) {
                throw new InputException(name + ":" + (first + 1), "front matter opened with '---' is never closed");
            }
            body = String.join("\n", Arrays.copyOfRange(lines, end + 1, lines.length));
        } else if (!publishedGiven) {
            throw new InputException(name + ":1", "no front matter ('---' header with 'published:'); give --published to read plain text");
        } else {
            body = text;
        }
        String datePlace = lineOf.containsKey("published") ? name + ":" + lineOf.get("published") : name;
        return builder.build(name, datePlace,
                new ArticleBuilder.Fields(meta.get("url"), meta.get("title"), meta.get("published"), meta.get("outlet"), body), name);
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}

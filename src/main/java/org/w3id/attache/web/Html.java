package org.w3id.attache.web;

/**
 * A small HTML writer that escapes every text and attribute value it is given, so that names and
 * sentences from articles can never inject markup. Elements are opened and closed explicitly:
 * <pre>
 * Html h = new Html();
 * h.open("p", "class", "note").text("Tom & Jerry").close("p");
 * </pre>
 */
final class Html {
    private final StringBuilder out = new StringBuilder();

    /** Text content, escaped. */
    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** An opening tag with attributes given as name, value pairs (a null value leaves the attribute out). */
    Html open(String tag, String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs: " + attributes.length + " given");
        }
        out.append('<').append(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
            }
        }
        out.append('>');
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element holding only text. */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** A link with text; only the text when {@code href} is null (a target that may not be linked). */
    Html link(String href, String text) {
        return href == null ? text(text) : element("a", text, "href", href);
    }

    /** Markup this class made itself (another {@code Html}'s output). */
    Html append(Html fragment) {
        out.append(fragment.out);
        return this;
    }

    /** Markup written in this code base (a style sheet, an SVG made by {@link TimelineChart}), never data. */
    static Html trusted(String markup) {
        Html h = new Html();
        h.out.append(markup);
        return h;
    }

    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}

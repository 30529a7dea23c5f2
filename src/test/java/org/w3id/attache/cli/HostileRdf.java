package org.w3id.attache.cli;

/**
 * RDF an attacker might hand to {@code import} or {@code validate}, written here as text: one
 * article in attache's graph layout whose every value the test chooses, and nesting and entity
 * bombs of a given size.
 */
final class HostileRdf {
    static final String PREFIXES = """
            PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>
            PREFIX schema: <http://schema.org/>
            PREFIX prov:   <http://www.w3.org/ns/prov#>
            PREFIX nif:    <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX att:    <https://w3id.org/attache/ontology#>
            """;

    private HostileRdf() {
    }

    /** The values of one article. */
    record Article(String key, String url, String sourceUrl, String headline, String outlet, String body) {
        static Article plain(String key) {
            return new Article(key, "https://news.example.org/" + key, "https://news.example.org/" + key,
                    "Headline " + key, "Example Wire", "Lavrov said ties were strong.");
        }

        Article url(String u) {
            return new Article(key, u, sourceUrl, headline, outlet, body);
        }

        Article sourceUrl(String u) {
            return new Article(key, url, u, headline, outlet, body);
        }

        Article headline(String h) {
            return new Article(key, url, sourceUrl, h, outlet, body);
        }

        Article outlet(String o) {
            return new Article(key, url, sourceUrl, headline, o, body);
        }

        Article body(String b) {
            return new Article(key, url, sourceUrl, headline, outlet, b);
        }
    }

    /**
     * The article as TriG that passes the shapes: its metadata, a speaker in the entities graph,
     * and in its own graph the text, one span over the whole text and a statement citing it.
     */
    static String trig(Article a) {
        String article = "<https://w3id.org/attache/id/article/" + a.key() + ">";
        String graph = "<https://w3id.org/attache/graph/article/" + a.key() + ">";
        int length = a.body().codePointCount(0, a.body().length());
        String span = "<https://w3id.org/attache/id/article/" + a.key() + "#char=0," + length + ">";
        String context = "<https://w3id.org/attache/id/article/" + a.key() + "#context>";
        String speaker = "<https://w3id.org/attache/id/person/speaker-" + a.key() + ">";
        return PREFIXES
                + "<https://w3id.org/attache/graph/metadata> {\n"
                + "  " + article + " a att:Article , schema:NewsArticle ;\n"
                + "    schema:url " + literal(a.url()) + "^^xsd:anyURI ; schema:headline " + literal(a.headline()) + " ;\n"
                + "    schema:datePublished \"2025-03-05\"^^xsd:date ; att:outlet " + literal(a.outlet()) + " ;\n"
                + "    att:graph " + graph + " .\n}\n"
                + "<https://w3id.org/attache/graph/entities> {\n"
                + "  " + speaker + " a att:Person ; rdfs:label \"Speaker " + a.key() + "\" .\n}\n"
                + graph + " {\n"
                + "  " + context + " a nif:Context ; nif:isString " + literal(a.body()) + " ;\n"
                + "    nif:sourceUrl <" + a.sourceUrl() + "> .\n"
                + "  " + span + " a nif:OffsetBasedString , att:TextSpan ;\n"
                + "    nif:beginIndex \"0\"^^xsd:nonNegativeInteger ; nif:endIndex \"" + length + "\"^^xsd:nonNegativeInteger ;\n"
                + "    nif:anchorOf " + literal(a.body()) + " ; nif:referenceContext " + context + " .\n"
                + "  " + article + " att:mentions " + speaker + " .\n"
                + "  <https://w3id.org/attache/id/fact/" + a.key() + "/said> a att:Statement ;\n"
                + "    att:speaker " + speaker + " ; att:content \"ties were strong\" ;\n"
                + "    att:article " + article + " ; att:evidence " + span + " ; prov:wasDerivedFrom " + span + " ;\n"
                + "    att:rule \"statement.test\" ; att:extractorVersion \"attache 0.1.0\" ;\n"
                + "    att:certainty att:certain ; att:polarity att:positive ; att:tense att:past ; att:hedged false .\n}\n";
    }

    /** A Turtle string literal: quotes, backslashes and every control character escaped. */
    static String literal(String text) {
        StringBuilder b = new StringBuilder("\"");
        text.chars().forEach(c -> {
            if (c == '"' || c == '\\') {
                b.append('\\').append((char) c);
            } else if (c < 0x20 || c == 0x7f) {
                b.append(String.format("\\u%04X", c));
            } else {
                b.append((char) c);
            }
        });
        return b.append('"').toString();
    }

    /**
     * RDF/XML whose one literal expands to 3 x 10^levels characters through nested entities
     * ("billion laughs" at 9): ten references to the entity one level down, at every level.
     */
    static String laughs(int levels) {
        StringBuilder dtd = new StringBuilder("<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= levels; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        return "<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [\n" + dtd + "]>\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
                + " xmlns:rdfs=\"http://www.w3.org/2000/01/rdf-schema#\">\n"
                + "  <rdf:Description rdf:about=\"https://other.example/lol\"><rdfs:label>&lol" + levels
                + ";</rdfs:label></rdf:Description>\n</rdf:RDF>\n";
    }

    /** {@code open}, then {@code depth} times {@code step}, then what closes them. */
    static String nested(String open, String step, String innermost, String close, String end, int depth) {
        return open + step.repeat(depth) + innermost + close.repeat(depth) + end;
    }
}

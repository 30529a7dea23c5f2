package org.w3id.attache.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.attache.mapping.Vocab;

/**
 * The page of an article: its metadata, its text with the sentence of every extracted fact
 * highlighted and linked to the fact, and the facts as a table.
 */
public final class ArticlePage {
    private final Site site;

    public ArticlePage(Site site) {
        this.site = site;
    }

    /** The page of article {@code iri}; the caller holds a read transaction on {@code dataset}. */
    public String render(DatasetGraph dataset, String iri) {
        GraphReader graph = new GraphReader(dataset);
        Resource article = graph.resource(iri);
        String headline = graph.string(article, schema(graph, "headline")).orElse(iri);
        Html body = new Html().open("dl", "class", "metadata");
        metadata(body, "published", graph.string(article, schema(graph, "datePublished")).orElse(""));
        metadata(body, "outlet", graph.string(article, Vocab.outlet).orElse(""));
        String url = graph.string(article, schema(graph, "url")).orElse("");
        if (!url.isEmpty()) {
            body.element("dt", "url").open("dd").link(site.href(url), url).close("dd");
        }
        metadata(body, "extractor", graph.string(article, Vocab.extractorVersion).orElse(""));
        metadata(body, "ingested", graph.string(article, Vocab.ingestedAt).orElse(""));
        body.close("dl");

        List<FactView> facts = graph.factsOf(article);
        String text = graph.string(graph.resource(iri + "#context"), GraphReader.NIF_IS_STRING).orElse("");
        body.element("h2", "Text");
        body.open("div", "class", "article-text").append(highlighted(text, facts)).close("div");
        body.element("h2", "Facts (" + facts.size() + ")");
        body.append(new FactTable(site).render(facts, true));
        return site.page(headline, body);
    }

    private static Property schema(GraphReader graph, String name) {
        return graph.model().createProperty(Vocab.SCHEMA, name);
    }

    private static void metadata(Html body, String name, String value) {
        if (!value.isEmpty()) {
            body.element("dt", name).element("dd", value);
        }
    }

    /**
     * The text with each fact's sentence in a {@code mark} (id {@code span-BEGIN-END}), followed by
     * numbered links to the facts read from it. Offsets are Unicode code points; a span outside the
     * text or overlapping an earlier one is left unmarked (its facts are still in the table).
     */
    static Html highlighted(String text, List<FactView> facts) {
        Map<String, List<FactView>> bySpan = new LinkedHashMap<>();
        List<int[]> spans = new ArrayList<>();
        int codePoints = text.codePointCount(0, text.length());
        for (FactView f : facts) {
            if (f.begin() < 0 || f.end() <= f.begin() || f.end() > codePoints) {
                continue;
            }
            String key = f.begin() + "-" + f.end();
            if (!bySpan.containsKey(key)) {
                spans.add(new int[] {f.begin(), f.end()});
            }
            bySpan.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
        spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        Html h = new Html();
        int at = 0;
        int number = 1;
        for (int[] span : spans) {
            if (span[0] < at) {
                continue;
            }
            h.text(slice(text, at, span[0]));
            String key = span[0] + "-" + span[1];
            h.open("mark", "id", "span-" + key, "class", "fact-span").text(slice(text, span[0], span[1]));
            for (FactView f : bySpan.get(key)) {
                h.open("a", "href", "#" + f.anchor(), "title", f.kind()).text(Integer.toString(number++)).close("a");
            }
            h.close("mark");
            at = span[1];
        }
        return h.text(slice(text, at, codePoints));
    }

    private static String slice(String text, int beginCodePoint, int endCodePoint) {
        int begin = text.offsetByCodePoints(0, beginCodePoint);
        int end = text.offsetByCodePoints(begin, endCodePoint - beginCodePoint);
        return text.substring(begin, end);
    }
}

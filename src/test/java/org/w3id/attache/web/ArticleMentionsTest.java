package org.w3id.attache.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.w3id.attache.mapping.Vocab;

/**
 * The articles that mention an entity come newest first, then by IRI, a page at a time, whether
 * their dates are looked up one by one (few articles) or read in one pass (many).
 */
class ArticleMentionsTest {
    private static final String A = "https://w3id.org/attache/id/article/";
    private static final Node RUSSIA = NodeFactory.createURI("https://w3id.org/attache/id/state/russia");

    /** {@code n} articles mentioning Russia, a few published on each day, in no order of IRI or date. */
    private static DatasetGraph store(int n) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        for (int i = 0; i < n; i++) {
            Node article = NodeFactory.createURI(A + Integer.toHexString(i * 7919 % 100_003));
            Node graph = NodeFactory.createURI("https://w3id.org/attache/graph/article/" + i);
            dsg.add(graph, article, Vocab.mentions.asNode(), RUSSIA);
            String day = "2024-%02d-%02d".formatted(1 + i * 5 % 12, 1 + i * 3 % 28);
            dsg.add(GraphReader.METADATA, article, GraphReader.PUBLISHED.asNode(), NodeFactory.createLiteralDT(day, XSDDatatype.XSDdate));
        }
        return dsg;
    }

    /** Every article, newest first then by IRI, by a plain sort of what the store holds. */
    private static List<String> sortedByHand(DatasetGraph dsg) {
        List<String[]> rows = new ArrayList<>();
        dsg.getGraph(GraphReader.METADATA).find().forEachRemaining(t -> rows.add(new String[] {t.getObject().getLiteralLexicalForm(), t.getSubject().getURI()}));
        rows.sort(Comparator.comparing((String[] r) -> r[0]).reversed().thenComparing(r -> r[1]));
        return rows.stream().map(r -> r[1]).toList();
    }

    private static List<String> page(DatasetGraph dsg, int from, int count) {
        GraphReader reader = new GraphReader(dsg);
        ArticleMentions.Page page = reader.articlesMentioning(reader.resource(RUSSIA.getURI()), from, count);
        assertEquals(sortedByHand(dsg).size(), page.total());
        return page.articles().stream().map(Resource::getURI).toList();
    }

    @Test
    void fewArticlesLookedUpOneByOne() {
        DatasetGraph dsg = store(40);
        List<String> all = sortedByHand(dsg);
        assertEquals(all.subList(0, 25), page(dsg, 0, 25));
        assertEquals(all.subList(25, 40), page(dsg, 25, 25));
    }

    @Test
    void manyArticlesReadInOnePass() {
        DatasetGraph dsg = store(1_200);
        List<String> all = sortedByHand(dsg);
        assertEquals(all.subList(0, 25), page(dsg, 0, 25));
        assertEquals(all.subList(600, 625), page(dsg, 600, 25));
        assertEquals(all.subList(1_175, 1_200), page(dsg, 1_175, 25));
        assertEquals(List.of(), page(dsg, 1_200, 25));
        assertEquals(List.of(), page(dsg, Integer.MAX_VALUE, 25));
    }
}

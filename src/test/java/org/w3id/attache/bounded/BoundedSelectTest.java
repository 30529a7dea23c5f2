package org.w3id.attache.bounded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.attache.store.Store;
import org.w3id.attache.web.WebFixture;

class BoundedSelectTest {
    private static final String HEADLINES = """
            SELECT ?article ?headline WHERE {
              GRAPH <https://w3id.org/attache/graph/metadata> { ?article <http://schema.org/headline> ?headline }
            } ORDER BY ?article
            """;

    private static long soon() {
        return System.nanoTime() + 10_000_000_000L;
    }

    /**
     * A TDB2 store on disk, opened afresh (its node cache empty): the rows' terms must have been
     * read inside the transaction, or they come back as nothing once it has ended.
     */
    @Test
    void rowsStayReadableAfterTheTransaction(@TempDir Path dir) {
        try (Store store = Store.open(dir)) {
            store.addQuads(RDFDataMgr.loadDatasetGraph(WebFixture.FILE.toString()));
            // forgets the open database with its caches, as a new process would start
            TDBInternal.expel(store.datasetGraph(), true);
        }
        try (Store store = Store.open(dir)) {
            List<Binding> rows = new BoundedSelect(store.datasetGraph(), soon(), 100).rows(HEADLINES, Map.of());
            assertEquals(List.of("Junta chief in Moscow", "Putin in Beijing"),
                    rows.stream().map(r -> r.get("headline").getLiteralLexicalForm()).toList());
        }
    }

    @Test
    void theRowCapAndTheQuerysOwnLimitBothHold() {
        try (Store store = WebFixture.store()) {
            String all = "SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } }";
            assertEquals(7, new BoundedSelect(store.datasetGraph(), soon(), 7).rows(all, Map.of()).size());
            assertEquals(3, new BoundedSelect(store.datasetGraph(), soon(), 7).rows(all + " LIMIT 3", Map.of()).size());
        }
    }

    @Test
    void valuesAreBoundAsTermsAndALateQueryIsCancelled() {
        try (Store store = WebFixture.store()) {
            String byHeadline = "SELECT ?article WHERE { GRAPH ?g { ?article <http://schema.org/headline> ?h } }";
            BoundedSelect select = new BoundedSelect(store.datasetGraph(), soon(), 100);
            assertEquals(1, select.rows(byHeadline, Map.of("h", NodeFactory.createLiteralString("Putin in Beijing"))).size());
            assertEquals(0, select.rows(byHeadline, Map.of("h", NodeFactory.createLiteralString("x\" } ?a ?b ?c . #"))).size());
            BoundedSelect late = new BoundedSelect(store.datasetGraph(), System.nanoTime() - 1, 100);
            assertThrows(QueryCancelledException.class, () -> late.rows(byHeadline, Map.of()));
            assertThrows(IllegalArgumentException.class, () -> select.rows("ASK {}", Map.of()));
        }
    }
}

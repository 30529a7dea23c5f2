package org.w3id.attache.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;

/** Filters and pages around a query, checked on four hand-written visits. */
class QueryFilterTest {
    private static final String ID = "https://w3id.org/attache/id/";
    private static final Dataset DATA;

    static {
        Model m = ModelFactory.createDefaultModel().read(new StringReader("""
                PREFIX att: <https://w3id.org/attache/ontology#>
                PREFIX id: <https://w3id.org/attache/id/>
                id:v1 att:visitor id:putin ; att:destination id:beijing ; att:date "2024-05-16" .
                id:v2 att:visitor id:putin ; att:destination id:pyongyang ; att:date "2024" .
                id:v3 att:visitor id:modi ; att:destination id:moscow ; att:date "2024-07" .
                id:v4 att:visitor id:xi ; att:destination id:moscow ; att:date "2023-03-20" .
                id:moscow att:country id:russia .
                """), null, "TTL");
        DATA = DatasetFactory.wrap(m);
    }

    private static final Query VISITS = QueryFactory.create("""
            PREFIX att: <https://w3id.org/attache/ontology#>
            SELECT ?fact ?visitor ?destination ?date WHERE { ?fact att:visitor ?visitor ; att:destination ?destination ; att:date ?date }
            ORDER BY ?date ?fact
            """);

    private static List<String> facts(QueryFilter f) {
        List<String> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create(f.apply(VISITS), DATA)) {
            qe.execSelect().forEachRemaining(s -> out.add(s.getResource("fact").getURI().substring(ID.length())));
        }
        return out;
    }

    @Test
    void anActorInAnyEntityColumnKeepsTheRow() {
        assertEquals(List.of("v2", "v1"), facts(QueryFilter.builder().actor(ID + "putin").build()));
        assertEquals(List.of("v4", "v3"), facts(QueryFilter.builder().actor(ID + "moscow").build()));
    }

    @Test
    void aStateKeepsRowsWithItOrAnythingOfIt() {
        assertEquals(List.of("v4", "v3"), facts(QueryFilter.builder().state(ID + "russia").build()));
    }

    @Test
    void aDateIsKeptWhenItOverlapsTheRange() {
        // 2024 (a year) and 2024-07 (a month) both reach into June 2024; 2024-05-16 and 2023-03-20 do not
        assertEquals(List.of("v2", "v3"), facts(QueryFilter.builder().from("2024-06-01").to("2024-07-31").build()));
        assertEquals(List.of("v4"), facts(QueryFilter.builder().to("2023-12-31").build()));
    }

    @Test
    void pagesFollowTheQuerysOwnOrder() {
        assertEquals(List.of("v4", "v2"), facts(QueryFilter.builder().limit(2).build()));
        assertEquals(List.of("v1", "v3"), facts(QueryFilter.builder().limit(2).offset(2).build()));
    }

    @Test
    void whatIsNoIriDayTypeOrCountIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> QueryFilter.builder().actor("https://x.org/a> } ; DROP ALL ; #").build());
        assertThrows(IllegalArgumentException.class, () -> QueryFilter.builder().from("2024-13-01").build());
        assertThrows(IllegalArgumentException.class, () -> QueryFilter.builder().from("2024-06-01").to("2024-01-01").build());
        assertThrows(IllegalArgumentException.class, () -> QueryFilter.builder().type("visit\") || true || (\"").build());
        assertThrows(IllegalArgumentException.class, () -> QueryFilter.builder().limit(-1).build());
    }
}

package org.w3id.attache.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.apache.jena.query.QueryCancelledException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.attache.bounded.BoundedSelect;
import org.w3id.attache.store.Store;
import org.w3id.attache.web.WebFixture;

/** Look-ups over the web fixture, whose entities and aliases are listed in {@code site.trig}. */
class EntityLookupTest {
    private static final String ID = WebFixture.BASE;
    private static Store store;

    @BeforeAll
    static void load() {
        store = WebFixture.store();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static EntityLookup lookup() {
        return new EntityLookup(new BoundedSelect(store.datasetGraph(), System.nanoTime() + 10_000_000_000L, 1000));
    }

    private static List<String> iris(EntityMatches page) {
        return page.matches().stream().map(EntityMatch::iri).toList();
    }

    @Test
    void aPrefixFindsThePersonWithWikidataIdAndCountry() {
        EntityMatches page = lookup().find("PUT", Set.of(), 0, 10);
        assertEquals(List.of(ID + "person/vladimir-putin"), iris(page));
        EntityMatch putin = page.matches().get(0);
        assertEquals("Vladimir Putin", putin.label());
        assertEquals(MatchKind.SUBSTRING, putin.kind(), "'put' is inside 'vladimir putin', not at its start");
        assertEquals("Q7747", putin.wikidata());
        assertEquals("Russia", putin.country());
        assertEquals(List.of("Person"), putin.types());
        assertFalse(page.more());
    }

    @Test
    void exactLabelBeatsAliasBeatsPrefixBeatsSubstring() {
        // "min aung hlaing": the exact label of the person; also inside his alias "Senior General Min Aung Hlaing"
        EntityMatches exact = lookup().find("min aung hlaing", Set.of(), 0, 10);
        assertEquals(MatchKind.EXACT_LABEL, exact.matches().get(0).kind());
        assertEquals(MatchKind.EXACT_ALIAS, lookup().find("senior general min aung hlaing", Set.of(), 0, 10).matches().get(0).kind());
        // "russia": State Russia (exact), the post "President of Russia" (substring)
        EntityMatches russia = lookup().find("Russia", Set.of(), 0, 10);
        assertEquals(List.of(ID + "state/russia", ID + "post/russia/president"), iris(russia));
        assertEquals(List.of(MatchKind.EXACT_LABEL, MatchKind.SUBSTRING), russia.matches().stream().map(EntityMatch::kind).toList());
        // "m": Min Aung Hlaing, Moscow, Myanmar start with it; Kazan and others do not contain it... but "Vladimir Putin" does
        EntityMatches m = lookup().find("m", Set.of(), 0, 10);
        assertEquals(List.of(ID + "person/min-aung-hlaing", ID + "place/moscow", ID + "state/myanmar", ID + "person/vladimir-putin"),
                iris(m));
    }

    @Test
    void typesFilterAndPagesFollowOneAnother() {
        assertEquals(List.of(ID + "state/russia"), iris(lookup().find("russia", Set.of("State"), 0, 10)));
        EntityMatches first = lookup().find("m", Set.of(), 0, 2);
        EntityMatches second = lookup().find("m", Set.of(), 2, 2);
        assertTrue(first.more());
        assertFalse(second.more());
        assertEquals(List.of(ID + "person/min-aung-hlaing", ID + "place/moscow"), iris(first));
        assertEquals(List.of(ID + "state/myanmar", ID + "person/vladimir-putin"), iris(second));
    }

    @Test
    void badInputIsRefusedWithTheReason() {
        assertThrows(IllegalArgumentException.class, () -> lookup().find("  ", Set.of(), 0, 10));
        assertThrows(IllegalArgumentException.class, () -> lookup().find("x".repeat(EntityLookup.MAX_NAME + 1), Set.of(), 0, 10));
        assertThrows(IllegalArgumentException.class, () -> lookup().find("put", Set.of("Person> } #"), 0, 10));
        assertThrows(IllegalArgumentException.class, () -> lookup().find("put", Set.of(), -1, 10));
        assertThrows(IllegalArgumentException.class, () -> lookup().find("put", Set.of(), 0, EntityLookup.MAX_PAGE + 1));
        // quotes and braces are a name like any other, never query text
        assertEquals(List.of(), lookup().find("\" } } DROP ALL #", Set.of(), 0, 10).matches());
    }

    @Test
    void aPassedDeadlineCancels() {
        EntityLookup late = new EntityLookup(new BoundedSelect(store.datasetGraph(), System.nanoTime() - 1, 1000));
        assertThrows(QueryCancelledException.class, () -> late.find("put", Set.of(), 0, 10));
    }
}

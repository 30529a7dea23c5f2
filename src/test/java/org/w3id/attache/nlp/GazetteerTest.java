package org.w3id.attache.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled gazetteer: names, dates of validity, capitals, verified ids. No CoreNLP. */
class GazetteerTest {
    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.bundled();
    }

    @Test
    void aCapitalListedInEntitiesKeepsItsVerifiedIdAndSpelling() {
        Entity moscow = gazetteer.entity("Moscow").orElseThrow();
        assertEquals("Q649", moscow.wikidata(), "Moscow's id is in verified-ids.tsv");
        assertEquals(EntityType.CITY, moscow.type());
        Entity naypyidaw = gazetteer.entity("Nay Pyi Taw").orElseThrow();
        assertEquals("Naypyidaw", naypyidaw.label(), "countries.tsv's spelling leads to the one city entity");
        assertEquals("Q37400", naypyidaw.wikidata());
        assertEquals("Naypyidaw", gazetteer.country("MM").orElseThrow().capital());
        assertEquals("Myanmar", gazetteer.stateWithCapital(naypyidaw).orElseThrow().label());
    }

    @Test
    void theSameNameDenotesTheArmedForcesBeforeTheCoupAndTheJuntaAfter() {
        Entity before = gazetteer.entity("Tatmadaw", LocalDate.of(2021, 1, 22)).orElseThrow();
        Entity after = gazetteer.entity("Tatmadaw", LocalDate.of(2024, 12, 19)).orElseThrow();
        assertEquals(EntityType.ARMED_FORCES, before.type());
        assertEquals(EntityType.MILITARY_JUNTA, after.type());
        assertEquals("Myanmar military junta", after.label());
    }

    @Test
    void aStatesLongNameIsTheState() {
        assertEquals("Ghana", gazetteer.entity("Republic of Ghana").orElseThrow().label());
        assertEquals("Saudi Arabia", gazetteer.entity("Kingdom of Saudi Arabia").orElseThrow().label());
        assertEquals("Congo", gazetteer.entity("Republic of the Congo").orElseThrow().label());
    }

    @Test
    void aLongNameListedForAnotherStateKeepsIt() {
        assertEquals("Taiwan", gazetteer.entity("Republic of China").orElseThrow().label());
        assertEquals("South Korea", gazetteer.entity("Republic of Korea").orElseThrow().label());
        assertTrue(gazetteer.entity("Democratic Republic of Congo").map(e -> !e.label().equals("Congo")).orElse(true),
                "the Democratic Republic of Congo is not Congo");
    }

    @Test
    void shortCapitalisedAliasesMatchOnlyInCapitals() {
        assertEquals("United States", gazetteer.entity("US").orElseThrow().label());
        assertTrue(gazetteer.entity("us").isEmpty(), "the pronoun 'us' is not the United States");
    }

    @Test
    void demonymsTitlesAndArmsAreLookedUp() {
        assertEquals("Russia", gazetteer.demonym("Russian").orElseThrow().label());
        assertEquals("honorific", gazetteer.title("Senior General").orElseThrow().kind());
        assertEquals("fighter-aircraft", gazetteer.arms().category("fighter jets").orElseThrow());
    }

    @Test
    void everyWikidataIdIsAQid() {
        for (Entity e : gazetteer.entities()) {
            assertTrue(e.wikidata().isEmpty() || e.wikidata().matches("Q[1-9][0-9]*"), e.toString());
        }
    }

    @Test
    void aNameOfTwoEntitiesNamesNeitherSoNeitherIsLinked() {
        assertTrue(gazetteer.entity("NLD").isEmpty(), "NLD: the Netherlands' ISO code and Suu Kyi's party");
        assertTrue(gazetteer.entity("CPV").isEmpty(), "CPV: Cape Verde's ISO code and the Communist Party of Vietnam");
        assertEquals("Q55", gazetteer.entity("Netherlands").orElseThrow().wikidata());
        assertEquals(EntityType.POLITICAL_PARTY, gazetteer.entity("National League for Democracy").orElseThrow().type());
        assertEquals(EntityType.STATE, gazetteer.entity("Singapore").orElseThrow().type(), "a city-state is the state");
        assertEquals(EntityType.ARMED_FORCES, gazetteer.entity("Tatmadaw", LocalDate.of(2020, 1, 1)).orElseThrow().type(),
                "names of entities of disjoint periods are not ambiguous");
    }

    @Test
    void postsWithVerifiedIds() {
        assertEquals("Q218295", gazetteer.postWikidata("RU", "president").orElseThrow());
        assertEquals("Q5256775", gazetteer.postWikidata("KZ", "President").orElseThrow());
        assertTrue(gazetteer.postWikidata("BY", "president").isEmpty(), "no verified id for Belarus's president");
    }
}

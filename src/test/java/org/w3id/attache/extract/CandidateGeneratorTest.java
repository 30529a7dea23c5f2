package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.attache.intake.Article;
import org.w3id.attache.mapping.Iris;
import org.w3id.attache.nlp.CoreNlp;
import org.w3id.attache.nlp.Gazetteer;
import org.w3id.attache.pipeline.ArticleProcessor;

/**
 * The trigger lexicons offer candidates for what the rules do not state, each with the actors
 * its slots reach; without a model none is kept. Sentences are our own.
 */
class CandidateGeneratorTest {
    private static ArticleProcessor processor;

    @BeforeAll
    static void load() {
        processor = new ArticleProcessor(CoreNlp.shared(), Gazetteer.bundled(), RuleBook.bundled(), TriggerLexicon.bundled(),
                CandidateModel.none(), Iris.standard());
    }

    private static Extractor.Extraction extract(String text) {
        Article article = new Article("https://example.org/candidates/" + Math.abs(text.hashCode()), "Candidates", LocalDate.of(2024, 3, 15),
                "attache tests", text, "CandidateGeneratorTest");
        return processor.extraction(processor.analyse(article));
    }

    private static List<String> offered(Extractor.Extraction x, FactType type) {
        return x.candidates().stream().map(Candidate::fact).filter(f -> f.type() == type).map(CandidateGeneratorTest::describe).toList();
    }

    private static String describe(Fact f) {
        return f.roles().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue().get(0).label()).toList() + " " + new java.util.TreeMap<>(f.values());
    }

    @Test
    void whatASaleIncludesIsItsItem() {
        var x = extract("The Norwegian government approved a $40 million sale to Estonia, including six coastal patrol boats.");
        assertTrue(offered(x, FactType.SUPPLY).stream().anyMatch(d -> d.contains("recipient=Estonia") && d.contains("supplier=Norway")
                && d.contains("item=six coastal patrol boats")), offered(x, FactType.SUPPLY).toString());
    }

    @Test
    void aShipmentNamesWhatItCarries() {
        var x = extract("A Polish shipment of artillery shells reached Ukraine on Monday.");
        assertTrue(offered(x, FactType.SUPPLY).stream().anyMatch(d -> d.contains("supplier=Poland") && d.contains("item=artillery shells")),
                offered(x, FactType.SUPPLY).toString());
    }

    @Test
    void thePlaceBeforeAPurposeClauseIsWhereTheVisitorWent() {
        var x = extract("Kenyan Foreign Minister Musalia Mudavadi came to Laos to attend the ASEAN meetings.");
        assertTrue(offered(x, FactType.VISIT).stream().anyMatch(d -> d.contains("destination=Laos") && d.contains("visitor=Musalia Mudavadi")),
                offered(x, FactType.VISIT).toString());
    }

    @Test
    void whoSomeoneMetWithBeforeAPurposeClauseIsTheOtherSide() {
        var x = extract("Earlier, Mudavadi led a Kenyan delegation that met with US Secretary of State Antony Blinken to discuss trade.");
        List<List<String>> sides = x.candidates().stream().map(Candidate::fact).filter(f -> f.type() == FactType.MEETING)
                .map(f -> f.sides().stream().map(org.w3id.attache.nlp.Entity::label).toList()).toList();
        assertTrue(sides.contains(List.of("Mudavadi", "Antony Blinken")), sides.toString());
    }

    @Test
    void theOneThankedForAVisitMadeIt() {
        var x = extract("Kenyan President William Ruto thanked Ghanaian President John Mahama for having visited Kenya.");
        assertEquals(List.of("[destination=Kenya, visitor=John Mahama] {}"), offered(x, FactType.VISIT));
    }

    @Test
    void aSellerTheParserHangsOnTheDateIsStillTheSeller() {
        String text = "Chile was the first South American country to have such jets when it acquired "
                + "20 brand-new F-5 jets in 1976 from the US under an assistance pact.";
        assertEquals(List.of("[recipient=Chile, supplier=United States] {category=fighter-aircraft, item=20 brand-new F-5 jets}"),
                offered(extract(text), FactType.SUPPLY));
        assertEquals(List.of(), OwnSentences.facts(text, FactType.SUPPLY).stream().filter(f -> !"United States".equals(f.role("supplier").label())).toList());
    }

    @Test
    void aCooperationTakesItsDomainFromTheWordsAroundTheTrigger() {
        var x = extract("Kenya and Ethiopia agreed to expand energy cooperation along their border.");
        assertTrue(offered(x, FactType.COOPERATION).stream().anyMatch(d -> d.contains("Kenya") && d.contains("Ethiopia") && d.contains("domain=energy")),
                offered(x, FactType.COOPERATION).toString());
    }

    @Test
    void aListSplitBySemicolonsGivesEveryItemAndReadsBackToTheSale() {
        var x = extract("Spain approved an arms sale for Chile on Monday. The package includes a range of Harpoon missiles; "
                + "Mark 54 torpedoes; and Seahawk helicopters.");
        List<String> items = offered(x, FactType.SUPPLY);
        for (String item : List.of("item=Harpoon missiles", "item=Mark 54 torpedoes", "item=Seahawk helicopters")) {
            assertTrue(items.stream().anyMatch(d -> d.contains("recipient=Chile") && d.contains("supplier=Spain") && d.contains(item)), items.toString());
        }
    }

    @Test
    void aPlaceIsNoItem() {
        var x = extract("Finland has delivered Riga to Latvia.");
        assertTrue(offered(x, FactType.SUPPLY).stream().noneMatch(d -> d.contains("item=Riga")), offered(x, FactType.SUPPLY).toString());
        assertTrue(x.facts().stream().filter(f -> f.type() == FactType.SUPPLY).noneMatch(f -> f.values().getOrDefault("item", "").contains("Riga")),
                x.facts().toString());
    }

    @Test
    void theVisitOfAPersonNamesTheVisitor() {
        var x = extract("The deal was agreed during the visit of Prime Minister Jonas Gahr Store to Estonia last week.");
        assertTrue(offered(x, FactType.VISIT).stream().anyMatch(d -> d.contains("visitor=Jonas Gahr St") && d.contains("destination=Estonia")),
                offered(x, FactType.VISIT).toString());
    }

    @Test
    void withoutAModelOnlyTheRulesSpeak() {
        var x = extract("The Norwegian government approved a $40 million sale to Estonia, including six coastal patrol boats.");
        assertEquals(List.of(), x.facts().stream().filter(f -> f.ruleId().startsWith("candidate.")).toList());
    }

    @Test
    void talksHeldWithAWillLieAhead() {
        var x = extract("Carney plans to hold talks with Guatemalan President Bernardo Arevalo in Ottawa next month.");
        assertTrue(x.candidates().stream().map(Candidate::fact)
                .anyMatch(f -> f.type() == FactType.MEETING && f.ruleId().equals("candidate.meeting.talk") && f.future()));
    }

    @Test
    void thePactSignedAgainIsInTheDomainTheStoryGaveIt() {
        var x = extract("Chile and Peru have signed a bilateral defense pact, officials said Monday. "
                + "Boric of Chile flew to Lima on an official visit to sign the pact with Peru.");
        assertEquals(List.of("military"), x.candidates().stream().map(Candidate::fact).filter(f -> f.type() == FactType.COOPERATION)
                .map(f -> f.value("domain")).distinct().toList());
    }

    @Test
    void aSaleWithNoRecipientGoesWhereTheStorySaysSalesGo() {
        var x = extract("The United States approved arms sales to Taiwan on Monday as China announced sanctions on US firms. "
                + "China said the sales harmed its interests, and Beijing warned of countermeasures. "
                + "The United States also approved a possible sale of up to 60 Patriot missiles for an estimated $1.2 billion.");
        assertTrue(offered(x, FactType.SUPPLY).stream().anyMatch(d -> d.contains("item=up to 60 Patriot missiles") && d.contains("recipient=Taiwan"))
                && offered(x, FactType.SUPPLY).stream().noneMatch(d -> d.contains("recipient=China")), offered(x, FactType.SUPPLY).toString());
    }
}

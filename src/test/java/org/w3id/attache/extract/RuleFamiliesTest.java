package org.w3id.attache.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.attache.intake.Article;
import org.w3id.attache.nlp.Entity;
import org.w3id.attache.pipeline.ArticleProcessor;

/**
 * The extraction rules of {@code rules/*.rules}, family by family, on short articles written for
 * this test (not taken from the evaluation texts). Every expected value is what the English
 * sentence says; a phrasing the rules do not yet handle stays here as a disabled "gap" test.
 *
 * <p>All articles are published on Friday 2024-03-15, so "on Monday" is 2024-03-11, "on Tuesday"
 * 2024-03-12, "on Wednesday" 2024-03-13 and "on Thursday" 2024-03-14.
 *
 * <p>One class (with nested classes) so that CoreNLP loads once per JVM.
 */
class RuleFamiliesTest {
    static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 15);
    private static final AtomicInteger COUNTER = new AtomicInteger();

    /** The processor, built on first use and shared by every nested class. */
    private static final class Holder {
        static final ArticleProcessor PROCESSOR = ArticleProcessor.standard();
    }

    // ---------------------------------------------------------------- helpers

    /** The facts attache finds in a one-paragraph article published on {@link #PUBLISHED}. */
    static List<Fact> facts(String body) {
        Article article = new Article("https://example.org/rule-families/" + COUNTER.incrementAndGet(), "Test article", PUBLISHED,
                "attache tests", body, "RuleFamiliesTest");
        ArticleProcessor p = Holder.PROCESSOR;
        return p.facts(p.analyse(article));
    }

    static List<Fact> ofType(List<Fact> facts, FactType type) {
        return facts.stream().filter(f -> f.type() == type).toList();
    }

    static Set<String> parties(Fact f) {
        Set<String> out = new LinkedHashSet<>(labels(f, "party"));
        out.addAll(labels(f, "counterparty"));
        return out;
    }

    static Set<String> labels(Fact f, String role) {
        List<Entity> list = f.roles().get(role);
        return list == null ? Set.of() : list.stream().map(Entity::label).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Does the fact's role hold all these entities (by label)? */
    static Predicate<Fact> role(String role, String... expected) {
        return f -> labels(f, role).containsAll(List.of(expected));
    }

    static Predicate<Fact> value(String key, String expected) {
        return f -> expected.equals(f.value(key));
    }

    static String describe(List<Fact> facts) {
        if (facts.isEmpty()) {
            return "  (no facts)";
        }
        return facts.stream().map(f -> "  " + f.type().id() + " " + f.ruleId() + " roles="
                + f.roles().entrySet().stream().map(e -> e.getKey() + ":" + e.getValue().stream().map(Entity::label).toList()).toList()
                + " values=" + f.values() + " date=" + f.date() + " certainty=" + f.certainty()
                + (f.negated() ? " NEGATED" : "") + (f.future() ? " FUTURE" : "")).collect(Collectors.joining("\n"));
    }

    /** The first fact of the type that satisfies the predicate; fails listing all facts if none does. */
    @SafeVarargs
    static Fact expect(List<Fact> facts, FactType type, String what, Predicate<Fact>... conditions) {
        Predicate<Fact> all = f -> f.type() == type;
        for (Predicate<Fact> c : conditions) {
            all = all.and(c);
        }
        return facts.stream().filter(all).findFirst()
                .orElseGet(() -> fail("expected a " + type.id() + " fact: " + what + "\nfound:\n" + describe(facts)));
    }

    static void assertNoFactOfType(List<Fact> facts, FactType type) {
        assertTrue(ofType(facts, type).isEmpty(), () -> "expected no " + type.id() + " fact\nfound:\n" + describe(facts));
    }

    /**
     * A negated sentence gives no positive fact: any fact of the type with these roles is marked
     * negated (for cooperation, which carries negation as its status: not-started).
     */
    @SafeVarargs
    static void assertNoPositive(List<Fact> facts, FactType type, Predicate<Fact>... conditions) {
        Predicate<Fact> all = f -> f.type() == type;
        for (Predicate<Fact> c : conditions) {
            all = all.and(c);
        }
        List<Fact> positive = facts.stream().filter(all).filter(f -> !f.negated() && !"not-started".equals(f.value("status"))).toList();
        assertTrue(positive.isEmpty(), () -> "expected no positive " + type.id() + " fact\nfound:\n" + describe(facts));
    }

    /** A future fact is there and says so: future, or status planned. */
    @SafeVarargs
    static void assertFuture(List<Fact> facts, FactType type, String what, Predicate<Fact>... conditions) {
        Fact f = expect(facts, type, what, conditions);
        assertTrue(f.future() || "planned".equals(f.value("status")), () -> "expected a future/planned " + type.id() + " fact\nfound:\n" + describe(facts));
        assertFalse(f.negated(), () -> describe(facts));
    }

    static void assertPast(Fact f, List<Fact> facts) {
        assertFalse(f.negated(), () -> "not negated\n" + describe(facts));
        assertFalse(f.future(), () -> "not future\n" + describe(facts));
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    // ---------------------------------------------------------------- background sentences, all types

    /** Opinion and analysis that report no event give no fact of the type they talk about. */
    @ParameterizedTest(name = "background gives no {0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "VISIT       | Relations between Russia and China have deepened over the past decade, and many analysts see the partnership as a marriage of convenience.",
        "MEETING     | Summits between Moscow and Beijing rarely produce concrete results, in the view of many diplomats.",
        "POSITION    | The post of defence minister has been vacant for months, which critics blame on rivalries inside the cabinet.",
        "COOPERATION | Cooperation between rival states often depends on trust, experts argue.",
        "SUPPLY      | Arms exports remain an important source of revenue for many governments, analysts say.",
        "STATEMENT   | The remarks were widely seen as a shift in tone.",
        "ATTENDANCE  | The parade featured tanks, missile launchers and a flypast of fighter jets.",
        "DELEGATION  | Delegations of this size are unusual, diplomats say.",
    })
    void backgroundYieldsNoFact(FactType type, String sentence) {
        assertNoFactOfType(facts(sentence), type);
    }

    /** Published Friday 2024-03-15: a past event "on Monday" happened on Monday 2024-03-11. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "VISIT   | Indian Prime Minister Narendra Modi arrived in Moscow on Monday for a two-day trip.",
        "MEETING | Narendra Modi held talks with Vladimir Putin on Monday at the Kremlin.",
        "SUPPLY  | Russia delivered S-400 air defence systems to India on Monday.",
    })
    void pastTenseMondayIsTheMondayBefore(FactType type, String sentence) {
        List<Fact> fs = facts(sentence);
        Fact f = expect(fs, type, "a dated " + type.id());
        assertEquals("2024-03-11", f.date(), () -> describe(fs));
    }

    // ---------------------------------------------------------------- visit

    @Nested
    class Visit {
        @Test
        void flewIntoARelativeClauseVisitor() {
            List<Fact> fs = facts("Kazakh President Kassym-Jomart Tokayev, who flew into Tashkent on Tuesday, met the Uzbek leader.");
            expect(fs, FactType.VISIT, "Tokayev in Tashkent", role("visitor", "Kassym-Jomart Tokayev"), role("destination", "Tashkent"));
        }

        @Test
        void aJuntaDoesNotTravel() {
            List<Fact> fs = facts("Myanmar's junta made its first visit to China since the coup.");
            assertNoFactOfType(fs, FactType.VISIT);
        }

        @Test
        void oneTripToldTwiceIsOneVisit() {
            List<Fact> fs = facts("Choe Son Hui arrived in Moscow on November 1, 2024. Vladimir Putin received her at the Kremlin on November 4, 2024.");
            List<Fact> visits = fs.stream().filter(f -> f.type() == FactType.VISIT).toList();
            assertEquals(1, visits.size(), () -> describe(fs));
            assertEquals("2024-11", visits.get(0).date(), () -> describe(fs));
            assertEquals(Set.of("Vladimir Putin"), labels(visits.get(0), "host"), () -> describe(fs));
        }

        @Test
        void talksInAPlaceAbroadAreAVisit() {
            List<Fact> fs = facts("Choe Son Hui told Sergei Lavrov at talks in Moscow on Friday that Pyongyang stood by Russia.");
            expect(fs, FactType.VISIT, "Choe in Moscow", role("visitor", "Choe Son Hui"), role("destination", "Moscow"));
            expect(fs, FactType.MEETING, "Choe and Lavrov", role("participant", "Choe Son Hui", "Sergei Lavrov"));
        }

        @Test
        void arrivingWithNoPlaceNamedIsArrivingAtTheDateline() {
            List<Fact> fs = facts("HANOI — Japanese Prime Minister Fumio Kishida arrived on Sunday for two days of talks.");
            expect(fs, FactType.VISIT, "Kishida in Hanoi", role("visitor", "Fumio Kishida"), role("destination", "Hanoi"));
            assertNoFactOfType(facts("Japanese Prime Minister Fumio Kishida arrived on Sunday for two days of talks."), FactType.VISIT);
        }

        @Test
        void wasLastInIsAnEarlierVisit() {
            List<Fact> fs = facts("Russian Foreign Minister Sergei Lavrov was last in Hanoi in March 2019, when he met the party chief.");
            Fact f = expect(fs, FactType.VISIT, "Lavrov in Hanoi", role("visitor", "Sergei Lavrov"), role("destination", "Hanoi"));
            assertEquals("2019-03", f.date(), () -> describe(fs));
        }

        @Test
        void calledOnInIsAVisitNotAStatement() {
            List<Fact> fs = facts("In Hanoi, Indian Foreign Minister Subrahmanyam Jaishankar called on Prime Minister Pham Minh Chinh.");
            expect(fs, FactType.VISIT, "Jaishankar in Hanoi", role("visitor", "Subrahmanyam Jaishankar"), role("destination", "Hanoi"));
            expect(fs, FactType.MEETING, "Jaishankar and Chinh", role("participant", "Subrahmanyam Jaishankar", "Pham Minh Chinh"));
            assertNoFactOfType(fs, FactType.STATEMENT);
        }

        @Test
        void titleNameVisitedCapitalOnTuesday() {
            List<Fact> fs = facts("Russian Foreign Minister Sergei Lavrov visited Beijing on Tuesday. He held talks on regional security.");
            Fact f = expect(fs, FactType.VISIT, "Lavrov → Beijing", role("visitor", "Sergei Lavrov"), role("destination", "Beijing"));
            assertEquals("2024-03-12", f.date(), () -> describe(fs));
            assertEquals("certain", f.certainty());
            assertPast(f, fs);
        }

        @Test
        void arrivedInCityOnMonday() {
            List<Fact> fs = facts("Indian Prime Minister Narendra Modi arrived in Moscow on Monday for a two-day trip.");
            Fact f = expect(fs, FactType.VISIT, "Modi → Moscow", role("visitor", "Narendra Modi"), role("destination", "Moscow"));
            assertPast(f, fs);
            // the date ("on Monday" = 2024-03-11) is checked in pastTenseMondayIsTheMondayBefore
        }

        @Test
        void hostWelcomedGuestToCapital() {
            List<Fact> fs = facts("Turkish President Recep Tayyip Erdogan welcomed Ilham Aliyev to Ankara on Thursday.");
            Fact f = expect(fs, FactType.VISIT, "Aliyev → Ankara, host Erdogan", role("visitor", "Ilham Aliyev"), role("destination", "Ankara"));
            assertEquals(Set.of("Recep Tayyip Erdoğan"), labels(f, "host"), () -> describe(fs));
            assertEquals("2024-03-14", f.date(), () -> describe(fs));
        }

        @Test
        void possessiveVisitNounWithMonthDate() {
            List<Fact> fs = facts("Shehbaz Sharif's visit to Beijing in June 2023 focused on investment in power plants.");
            Fact f = expect(fs, FactType.VISIT, "Sharif → Beijing", role("visitor", "Shehbaz Sharif"), role("destination", "Beijing"));
            assertEquals("2023-06", f.date(), () -> "month precision\n" + describe(fs));
        }

        @Test
        void negatedVisitIsNotPositive() {
            List<Fact> fs = facts("Kim Jong Un has not visited Beijing since 2019, according to South Korean officials.");
            assertNoPositive(fs, FactType.VISIT, role("visitor", "Kim Jong Un"), role("destination", "Beijing"));
        }

        @Test
        void willVisitNextMonthIsFuture() {
            List<Fact> fs = facts("Narendra Modi will visit Moscow next month, the Indian foreign ministry said.");
            assertFuture(fs, FactType.VISIT, "Modi → Moscow", role("visitor", "Narendra Modi"), role("destination", "Moscow"));
        }

        @Test
        void greetedOnArrivalMakesTheHost() {
            List<Fact> fs = facts("Narendra Modi arrived in Moscow on Monday. Vladimir Putin greeted him at the Kremlin, and the two "
                    + "leaders held talks on trade.");
            Fact f = expect(fs, FactType.VISIT, "Modi → Moscow", role("visitor", "Narendra Modi"), role("destination", "Moscow"));
            assertEquals(Set.of("Vladimir Putin"), labels(f, "host"), () -> describe(fs));
        }

        @Test
        void talksWithGuestAtAPalaceInTheCapital() {
            List<Fact> fs = facts("Recep Tayyip Erdogan held talks with Iran's president, Masoud Pezeshkian, at the Presidential "
                    + "Complex in Ankara on Monday.");
            Fact f = expect(fs, FactType.VISIT, "Pezeshkian → Ankara", role("visitor", "Masoud Pezeshkian"), role("destination", "Ankara"));
            assertEquals(Set.of("Recep Tayyip Erdoğan"), labels(f, "host"), () -> describe(fs));
            assertEquals("2024-03-11", f.date(), () -> describe(fs));
        }

        @Test
        void talksAloneMakeNoHost() {
            List<Fact> fs = facts("Shehbaz Sharif travelled to Beijing on Monday and held talks with Xi Jinping on the economic corridor.");
            Fact f = expect(fs, FactType.VISIT, "Sharif → Beijing", role("visitor", "Shehbaz Sharif"), role("destination", "Beijing"));
            assertEquals(Set.of(), labels(f, "host"), () -> "no word casts Xi as host\n" + describe(fs));
        }

        @Test
        void reportedlyTravelledIsHedged() {
            List<Fact> fs = facts("Kim Jong Un reportedly travelled to Vladivostok on Wednesday by armoured train.");
            Fact f = expect(fs, FactType.VISIT, "Kim → Vladivostok", role("visitor", "Kim Jong Un"), role("destination", "Vladivostok"));
            assertNotEquals("certain", f.certainty(), () -> describe(fs));
        }
    }

    // ---------------------------------------------------------------- meeting

    @Nested
    class Meeting {
        @Test
        void satDownWith() {
            List<Fact> fs = facts("Thai Foreign Minister Maris Sangiampongsa sat down with Malaysian Foreign Minister Mohamad Hasan on Friday.");
            expect(fs, FactType.MEETING, "Maris and Mohamad", role("participant", "Maris Sangiampongsa", "Mohamad Hasan"));
        }

        @Test
        void metObjectInCityOnTuesday() {
            List<Fact> fs = facts("Sergei Lavrov met Wang Yi in Beijing on Tuesday.");
            Fact f = expect(fs, FactType.MEETING, "Lavrov + Wang Yi", role("participant", "Sergei Lavrov", "Wang Yi"));
            assertEquals("2024-03-12", f.date(), () -> describe(fs));
            assertPast(f, fs);
        }

        @Test
        void heldTalksWith() {
            List<Fact> fs = facts("Narendra Modi held talks with Vladimir Putin on Monday at the Kremlin.");
            Fact f = expect(fs, FactType.MEETING, "Modi + Putin", role("participant", "Narendra Modi", "Vladimir Putin"));
            assertPast(f, fs);
            // the date ("on Monday" = 2024-03-11) is checked in pastTenseMondayIsTheMondayBefore
        }

        @Test
        void wasReceivedBy() {
            List<Fact> fs = facts("Ilham Aliyev was received by Recep Tayyip Erdogan at the presidential palace.");
            expect(fs, FactType.MEETING, "Aliyev + Erdogan", role("participant", "Ilham Aliyev", "Recep Tayyip Erdoğan"));
        }

        @Test
        void metWith() {
            List<Fact> fs = facts("Wang Yi met with Hakan Fidan on the sidelines of the forum.");
            expect(fs, FactType.MEETING, "Wang Yi + Fidan", role("participant", "Wang Yi", "Hakan Fidan"));
        }

        @Test
        void didNotMeetIsNotPositive() {
            List<Fact> fs = facts("Xi Jinping did not meet Narendra Modi during the summit.");
            assertNoPositive(fs, FactType.MEETING, role("participant", "Xi Jinping", "Narendra Modi"));
        }

        @Test
        void willMeetNextWeekIsFuture() {
            List<Fact> fs = facts("Wang Yi will meet Sergei Lavrov in Moscow next week.");
            assertFuture(fs, FactType.MEETING, "Wang Yi + Lavrov", role("participant", "Wang Yi", "Sergei Lavrov"));
        }
    }

    // ---------------------------------------------------------------- position

    @Nested
    class Position {
        @Test
        void titleBeforeName() {
            List<Fact> fs = facts("Russian Foreign Minister Sergei Lavrov arrived in Ankara on Monday.");
            Fact f = expect(fs, FactType.POSITION, "Lavrov foreign minister", role("holder", "Sergei Lavrov"));
            assertTrue(lower(f.value("title")).endsWith("foreign minister"), () -> describe(fs));
            assertEquals("current", f.value("status"), () -> describe(fs));
            assertEquals(Set.of("Russia"), labels(f, "organisation"), () -> describe(fs));
        }

        @Test
        void aRankThatIsAlsoAnAdjectiveIsNoPostAfterAName() {
            List<Fact> fs = facts("Mr Lee, a major donor to the ruling party, met the president.");
            assertNoPositive(fs, FactType.POSITION, role("holder", "Lee"));
        }

        @Test
        void tookOverAsSucceedingThePredecessor() {
            List<Fact> fs = facts("Admiral Tony Radakin took over as Chief of the Defence Staff on Monday, succeeding General Nick Carter.");
            Fact now = expect(fs, FactType.POSITION, "Radakin", role("holder", "Tony Radakin"), f -> lower(f.value("title")).contains("chief of the defence staff"));
            assertEquals("current", now.value("status"), () -> describe(fs));
            Fact before = expect(fs, FactType.POSITION, "Carter", role("holder", "Nick Carter"), f -> lower(f.value("title")).contains("chief of the defence staff"));
            assertEquals("former", before.value("status"), () -> describe(fs));
        }

        @Test
        void thenTitleIsFormer() {
            List<Fact> fs = facts("The choice of Ana Costa, then deputy foreign minister, surprised diplomats.");
            Fact f = expect(fs, FactType.POSITION, "Costa", role("holder", "Ana Costa"));
            assertEquals("deputy foreign minister", lower(f.value("title")), () -> describe(fs));
            assertEquals("former", f.value("status"), () -> describe(fs));
        }

        @Test
        void madeChiefInPlaceOfThePredecessor() {
            List<Fact> fs = facts("General Asim Munir was made army chief in place of General Qamar Javed Bajwa.");
            Fact f = expect(fs, FactType.POSITION, "Bajwa", role("holder", "Qamar Javed Bajwa"));
            assertEquals("former", f.value("status"), () -> describe(fs));
        }

        @Test
        void nameCommaTitleOfCountry() {
            List<Fact> fs = facts("Shehbaz Sharif, the prime minister of Pakistan, spoke to reporters in Lahore.");
            Fact f = expect(fs, FactType.POSITION, "Sharif prime minister", role("holder", "Shehbaz Sharif"));
            assertTrue(lower(f.value("title")).contains("prime minister"), () -> describe(fs));
            assertEquals("current", f.value("status"), () -> describe(fs));
        }

        @Test
        void counterpartHoldsThePeersPostInItsOwnState() {
            List<Fact> fs = facts("Turkish Foreign Minister Hakan Fidan met his Iranian counterpart, Abbas Araghchi, in Ankara on Monday.");
            Fact f = expect(fs, FactType.POSITION, "Araghchi foreign minister", role("holder", "Abbas Araghchi"));
            assertEquals("foreign minister", lower(f.value("title")), () -> describe(fs));
            assertEquals(Set.of("Iran"), labels(f, "organisation"), () -> describe(fs));
        }

        @Test
        void counterpartOfSomeoneWithNoPostStatedHasNone() {
            List<Fact> fs = facts("Hakan Fidan met his Iranian counterpart, Abbas Araghchi, in Ankara on Monday.");
            assertTrue(ofType(fs, FactType.POSITION).stream().noneMatch(role("holder", "Abbas Araghchi")), () -> describe(fs));
        }

        @Test
        void replacedAsTitle() {
            List<Fact> fs = facts("Gilberto Teodoro replaced Carlito Galvez as defence secretary in June 2023.");
            Fact now = expect(fs, FactType.POSITION, "Teodoro defence secretary", role("holder", "Gilberto Teodoro"));
            assertEquals("current", now.value("status"), () -> describe(fs));
            assertEquals("certain", now.certainty(), () -> "'in June' is no hedge\n" + describe(fs));
            Fact before = expect(fs, FactType.POSITION, "Galvez defence secretary", role("holder", "Carlito Galvez"));
            assertEquals("former", before.value("status"), () -> describe(fs));
            assertEquals("defence secretary", lower(before.value("title")), () -> describe(fs));
        }

        @Test
        void theOneReplacedHeldTheNewHoldersPost() {
            List<Fact> fs = facts("Admiral Alexander Moiseyev was named commander of the navy on Monday. He replaces Admiral "
                    + "Nikolai Yevmenov, who retires.");
            Fact f = expect(fs, FactType.POSITION, "Yevmenov commander of the navy", role("holder", "Nikolai Yevmenov"));
            assertEquals("former", f.value("status"), () -> describe(fs));
            assertTrue(lower(f.value("title")).contains("commander"), () -> describe(fs));
        }

        @Test
        void formerTitleBeforeName() {
            List<Fact> fs = facts("Former prime minister Imran Khan remains in prison.");
            Fact f = expect(fs, FactType.POSITION, "Imran Khan prime minister", role("holder", "Imran Khan"));
            assertEquals("prime minister", lower(f.value("title")), () -> describe(fs));
            assertEquals("former", f.value("status"), () -> describe(fs));
        }

        @Test
        void wasAppointed() {
            List<Fact> fs = facts("Andrei Belousov was appointed defence minister in May.");
            Fact f = expect(fs, FactType.POSITION, "Belousov defence minister",
                    role("holder", "Andrei Belousov"), f2 -> lower(f2.value("title")).contains("defence minister"));
            assertEquals("current", f.value("status"), () -> describe(fs));
        }

        @Test
        void whoHadBeenIsFormer() {
            List<Fact> fs = facts("Andrei Belousov, who had been first deputy prime minister, was appointed defence minister in May.");
            Fact former = expect(fs, FactType.POSITION, "Belousov former first deputy prime minister",
                    role("holder", "Andrei Belousov"), f -> lower(f.value("title")).contains("prime minister"));
            assertEquals("former", former.value("status"), () -> describe(fs));
        }

        @Disabled("gap: 'X, who had been A, was appointed B' - the relative clause derails the parse (dep edge), so the new post B is missed")
        @Test
        void appointedAfterWhoHadBeenClause() {
            List<Fact> fs = facts("Andrei Belousov, who had been first deputy prime minister, was appointed defence minister in May.");
            Fact current = expect(fs, FactType.POSITION, "Belousov defence minister",
                    role("holder", "Andrei Belousov"), f -> lower(f.value("title")).contains("defence minister"));
            assertEquals("current", current.value("status"), () -> describe(fs));
        }

        @Test
        void unknownNameWithRankIsTheHolder() {
            List<Fact> fs = facts("General Rahim Dostov, the army chief of staff, said the border was calm.");
            Fact f = expect(fs, FactType.POSITION, "Rahim Dostov holds a post", role("holder", "Rahim Dostov"));
            assertEquals("current", f.value("status"), () -> describe(fs));
        }

        @Disabled("gap: '<service> chief of staff' - the title span stops at 'army chief' and drops 'of staff'")
        @Test
        void unknownNameWithRankAndMultiwordTitle() {
            List<Fact> fs = facts("General Rahim Dostov, the army chief of staff, said the border was calm.");
            Fact f = expect(fs, FactType.POSITION, "Rahim Dostov chief of staff", role("holder", "Rahim Dostov"));
            assertTrue(lower(f.value("title")).contains("chief of staff"), () -> describe(fs));
            assertEquals("current", f.value("status"), () -> describe(fs));
        }

        @Test
        void isNotPrimeMinisterIsNotPositive() {
            List<Fact> fs = facts("Sergei Lavrov is not the prime minister of Russia.");
            assertNoPositive(fs, FactType.POSITION, role("holder", "Sergei Lavrov"), f -> lower(f.value("title")).contains("prime minister"));
        }

        @Test
        void willBecomeIsFuture() {
            List<Fact> fs = facts("General Rahim Dostov will become defence minister next month.");
            assertFuture(fs, FactType.POSITION, "Dostov defence minister", role("holder", "Rahim Dostov"),
                    f -> lower(f.value("title")).contains("defence minister"));
        }
    }

    // ---------------------------------------------------------------- cooperation

    @Nested
    class Cooperation {
        @Test
        void signedDefenceAgreementOnTuesday() {
            List<Fact> fs = facts("Pakistan and China signed a defence cooperation agreement on Tuesday.");
            Fact f = expect(fs, FactType.COOPERATION, "Pakistan–China", f2 -> parties(f2).containsAll(Set.of("Pakistan", "China")));
            assertEquals("military", f.value("domain"), () -> describe(fs));
            assertEquals("signed", f.value("status"), () -> describe(fs));
            assertEquals("2024-03-12", f.date(), () -> describe(fs));
        }

        @Test
        void agreedToExpandEnergyCooperation() {
            List<Fact> fs = facts("India and Russia agreed to expand energy cooperation.");
            Fact f = expect(fs, FactType.COOPERATION, "India–Russia", f2 -> parties(f2).containsAll(Set.of("India", "Russia")));
            assertEquals("energy", f.value("domain"), () -> describe(fs));
            assertEquals("agreed", f.value("status"), () -> describe(fs));
        }

        @Test
        void isDeepeningMilitaryCooperationWith() {
            List<Fact> fs = facts("Azerbaijan is deepening military cooperation with Turkey.");
            Fact f = expect(fs, FactType.COOPERATION, "Azerbaijan–Turkey", role("party", "Azerbaijan"), role("counterparty", "Turkey"));
            assertEquals("military", f.value("domain"), () -> describe(fs));
            assertEquals("ongoing", f.value("status"), () -> describe(fs));
        }

        @Test
        void ministersDiscussedNuclearCooperation() {
            List<Fact> fs = facts("Sergei Lavrov discussed nuclear cooperation with Abbas Araghchi on Wednesday.");
            Fact f = expect(fs, FactType.COOPERATION, "Russia–Iran", f2 -> parties(f2).containsAll(Set.of("Russia", "Iran")));
            assertEquals("nuclear", f.value("domain"), () -> describe(fs));
            assertEquals("discussed", f.value("status"), () -> describe(fs));
            assertEquals("2024-03-13", f.date(), () -> describe(fs));
        }

        @Test
        void announcedAnAgreementWithOnPatrols() {
            List<Fact> fs = facts("Hanoi announced an agreement with Manila on Wednesday on joint coast guard patrols.");
            Fact f = expect(fs, FactType.COOPERATION, "Vietnam–Philippines security", role("party", "Vietnam"),
                    role("counterparty", "Philippines"));
            assertEquals("agreed", f.value("status"), () -> describe(fs));
            assertEquals("security", f.value("domain"), () -> describe(fs));
        }

        @Test
        void leadersSignedADeclarationOfAlliance() {
            List<Fact> fs = facts("Hungarian President Tamas Sulyok and Serbian President Aleksandar Vucic signed a declaration on "
                    + "allied relations in Belgrade on Monday.");
            // allied relations are political ties: no gold of real news reads them as military
            Fact f = expect(fs, FactType.COOPERATION, "Hungary–Serbia diplomatic", value("domain", "diplomatic"));
            assertEquals("signed", f.value("status"), () -> describe(fs));
            assertEquals(Set.of("Hungary", "Serbia"), new java.util.HashSet<>(List.of(f.role("party").label(), f.role("counterparty").label())),
                    () -> describe(fs));
        }

        @Test
        void didNotSignIsNotPositive() {
            List<Fact> fs = facts("India and Pakistan did not sign a trade agreement.");
            assertNoPositive(fs, FactType.COOPERATION, f -> parties(f).containsAll(Set.of("India", "Pakistan")));
        }

        @Test
        void willSignNextMonthIsFuture() {
            List<Fact> fs = facts("China and Pakistan will sign a nuclear energy agreement next month.");
            assertFuture(fs, FactType.COOPERATION, "China–Pakistan", f -> parties(f).containsAll(Set.of("China", "Pakistan")));
        }

    }

    // ---------------------------------------------------------------- supply

    @Nested
    class Supply {
        @Test
        void deliveredSystemsToOnMonday() {
            List<Fact> fs = facts("Russia delivered S-400 air defence systems to India on Monday.");
            Fact f = expect(fs, FactType.SUPPLY, "Russia → India", role("supplier", "Russia"), role("recipient", "India"));
            assertTrue(f.value("item").contains("S-400"), () -> describe(fs));
            assertEquals("air-defence", f.value("category"), () -> describe(fs));
            assertEquals("certain", f.certainty(), () -> describe(fs));
            assertPast(f, fs);
            // the date ("on Monday" = 2024-03-11) is checked in pastTenseMondayIsTheMondayBefore
        }

        @Test
        void suppliedRecipientWithItem() {
            List<Fact> fs = facts("Iran supplied Russia with Shahed drones.");
            Fact f = expect(fs, FactType.SUPPLY, "Iran → Russia", role("supplier", "Iran"), role("recipient", "Russia"));
            assertTrue(f.value("item").contains("Shahed"), () -> describe(fs));
            assertEquals("drone", f.value("category"), () -> describe(fs));
            assertEquals("certain", f.certainty(), () -> describe(fs));
        }

        @Test
        void boughtFrom() {
            List<Fact> fs = facts("Pakistan bought J-10C fighter jets from China.");
            Fact f = expect(fs, FactType.SUPPLY, "China → Pakistan", role("supplier", "China"), role("recipient", "Pakistan"));
            assertEquals("fighter-aircraft", f.value("category"), () -> describe(fs));
        }

        @Test
        void accusedOfShippingIsPossibleOnly() {
            List<Fact> fs = facts("Ukraine accused Belarus on Monday of secretly shipping artillery shells to Russia.");
            Fact f = expect(fs, FactType.SUPPLY, "Belarus → Russia shells", role("supplier", "Belarus"), role("recipient", "Russia"));
            assertEquals("artillery shells", f.value("item"), () -> describe(fs));
            assertEquals("possible", f.certainty(), () -> describe(fs));
        }

        @Test
        void doubleObjectSendRecipientItem() {
            List<Fact> fs = facts("Officials said Ankara had sent Baku armoured personnel carriers.");
            Fact f = expect(fs, FactType.SUPPLY, "Turkey → Azerbaijan", role("supplier", "Turkey"), role("recipient", "Azerbaijan"));
            assertEquals("armoured personnel carriers", f.value("item"), () -> describe(fs));
        }

        @Test
        void madeInAndSuppliedTo() {
            List<Fact> fs = facts("Chinese-made Wing Loong drones, supplied to Pakistan in 2021, were shown at the parade.");
            Fact f = expect(fs, FactType.SUPPLY, "China → Pakistan drones", role("supplier", "China"), role("recipient", "Pakistan"));
            assertTrue(lower(f.value("item")).endsWith("drones") && !lower(f.value("item")).contains("chinese"), () -> describe(fs));
        }

        @Test
        void reportedlySentIsHedged() {
            List<Fact> fs = facts("North Korea reportedly sent artillery shells to Russia.");
            Fact f = expect(fs, FactType.SUPPLY, "North Korea → Russia", role("supplier", "North Korea"), role("recipient", "Russia"));
            assertNotEquals("certain", f.certainty(), () -> describe(fs));
            assertEquals("ammunition", f.value("category"), () -> describe(fs));
        }

        @Test
        void allegedlyShippedIsHedged() {
            List<Fact> fs = facts("Iran allegedly shipped ballistic missiles to Russia last year.");
            Fact f = expect(fs, FactType.SUPPLY, "Iran → Russia", role("supplier", "Iran"), role("recipient", "Russia"));
            assertEquals("possible", f.certainty(), () -> describe(fs));
            assertEquals("missile", f.value("category"), () -> describe(fs));
        }

        @Test
        void officialsSaidIsAttributedNotCertain() {
            List<Fact> fs = facts("Ukrainian officials said North Korea had supplied ballistic missiles to Russia.");
            Fact f = expect(fs, FactType.SUPPLY, "North Korea → Russia", role("supplier", "North Korea"), role("recipient", "Russia"));
            assertNotEquals("certain", f.certainty(), () -> describe(fs));
        }

        @Test
        void didNotSellIsNotPositive() {
            List<Fact> fs = facts("Turkey did not sell drones to Russia.");
            assertNoPositive(fs, FactType.SUPPLY, role("supplier", "Turkey"), role("recipient", "Russia"));
        }

        @Test
        void remainsLargestSupplierOf() {
            List<Fact> fs = facts("Russia remains Vietnam's largest supplier of arms.");
            Fact f = expect(fs, FactType.SUPPLY, "Russia → Vietnam", role("supplier", "Russia"), role("recipient", "Vietnam"));
            assertEquals("arms", f.value("item"), () -> describe(fs));
        }

        @Test
        void appositiveArmsSupplierTo() {
            List<Fact> fs = facts("France, a leading arms supplier to Egypt, declined to comment.");
            Fact f = expect(fs, FactType.SUPPLY, "France → Egypt", role("supplier", "France"), role("recipient", "Egypt"));
            assertEquals("arms", f.value("item"), () -> describe(fs));
        }

        @Test
        void oneOfMainSourcesOfWeapons() {
            List<Fact> fs = facts("China has long been one of Bangladesh's main sources of weapons.");
            expect(fs, FactType.SUPPLY, "China → Bangladesh", role("supplier", "China"), role("recipient", "Bangladesh"));
        }

        @Test
        void aSourceOfInvestmentOrASupplierWithoutRecipientIsNoSupply() {
            assertNoFactOfType(facts("China is Laos's biggest source of investment."), FactType.SUPPLY);
            assertNoFactOfType(facts("South Korea has become a major arms exporter."), FactType.SUPPLY);
        }

        @Test
        void handedOverByToInThePassive() {
            List<Fact> fs = facts("Two million doses of Chinese vaccines were handed over by Foreign Minister Wang Yi to Laos.");
            Fact f = expect(fs, FactType.SUPPLY, "China → Laos", role("supplier", "China"), role("recipient", "Laos"));
            assertEquals("Chinese vaccines", f.value("item"), () -> describe(fs));
        }

        @Test
        void doubleObjectAsTheParserReadsIt() {
            List<Fact> fs = facts("Japan handed the Philippine navy two patrol ships.");
            expect(fs, FactType.SUPPLY, "Japan → Philippines", role("supplier", "Japan"), role("recipient", "Philippines"));
        }

        @Test
        void isAccusedOfShippingToIsPossibleOnly() {
            List<Fact> fs = facts("Minsk is accused of shipping diesel fuel to Russia, which both governments deny.");
            Fact f = expect(fs, FactType.SUPPLY, "Belarus → Russia fuel", role("supplier", "Belarus"), role("recipient", "Russia"));
            assertEquals("diesel fuel", f.value("item"), () -> describe(fs));
            assertEquals("possible", f.certainty(), () -> describe(fs));
        }

        @Test
        void isAccusedByOthersOfArmingWith() {
            List<Fact> fs = facts("Pyongyang is accused by Seoul of arming Russia with ballistic missiles.");
            Fact f = expect(fs, FactType.SUPPLY, "North Korea → Russia", role("supplier", "North Korea"), role("recipient", "Russia"));
            assertEquals("ballistic missiles", f.value("item"), () -> describe(fs));
            assertNotEquals("certain", f.certainty(), () -> describe(fs));
        }

        @Test
        void willDeliverNextYearIsFuture() {
            List<Fact> fs = facts("Russia will deliver Su-35 fighter jets to Iran next year.");
            assertFuture(fs, FactType.SUPPLY, "Russia → Iran", role("supplier", "Russia"), role("recipient", "Iran"));
        }
    }

    // ---------------------------------------------------------------- statement

    @Nested
    class Statement {
        @Test
        void wordsThenWhoSaidThem() {
            List<Fact> fs = facts("The ceasefire was holding, UN envoy Julie Bishop said on Monday, but aid had not arrived.");
            Fact f = expect(fs, FactType.STATEMENT, "Bishop said", role("speaker", "Julie Bishop"));
            assertEquals("The ceasefire was holding", f.value("content"), () -> describe(fs));
        }

        @Test
        void praiseAndCondemnationAreStatements() {
            List<Fact> fs = facts("Japanese Prime Minister Fumio Kishida condemned the missile launch on Friday.");
            Fact f = expect(fs, FactType.STATEMENT, "Kishida condemned", role("speaker", "Fumio Kishida"));
            assertEquals("the missile launch", f.value("content"), () -> describe(fs));
            assertNoFactOfType(facts("The emir welcomed Narendra Modi at the airport."), FactType.STATEMENT);
        }

        @Test
        void anAccusationIsSaidByTheAccuser() {
            List<Fact> fs = facts("Chinese Foreign Minister Wang Yi accused Washington of stoking tension in the Taiwan Strait.");
            Fact f = expect(fs, FactType.STATEMENT, "Wang Yi accused", role("speaker", "Wang Yi"));
            assertTrue(f.value("content").contains("stoking tension"), () -> describe(fs));
        }

        @Test
        void theSourceOfACoordinatedVerbIsTheOutlet() {
            List<Fact> fs = facts("According to Xinhua, Wang Yi promised aid for the census and said Beijing wanted all parties to take part.");
            Fact f = expect(fs, FactType.STATEMENT, "Wang Yi said", role("speaker", "Wang Yi"), g -> g.value("content").contains("all parties"));
            assertEquals(Set.of("Xinhua"), labels(f, "medium"), () -> describe(fs));
        }

        @Test
        void aCapitalSpeaksForItsState() {
            List<Fact> fs = facts("Tokyo said on Monday that it was concerned by the missile launch.");
            expect(fs, FactType.STATEMENT, "Japan said", role("speaker", "Japan"));
        }

        @Test
        void anAllianceOneTellsIsNoOutlet() {
            List<Fact> fs = facts("Recep Tayyip Erdogan told NATO on Monday that Turkey would not block the bid.");
            Fact f = expect(fs, FactType.STATEMENT, "Erdogan told NATO", f2 -> f2.value("content").contains("not block the bid"));
            assertEquals(Set.of(), labels(f, "medium"), () -> describe(fs));
        }

        @Test
        void saidThat() {
            List<Fact> fs = facts("Sergei Lavrov said the talks had been constructive.");
            Fact f = expect(fs, FactType.STATEMENT, "Lavrov said", role("speaker", "Sergei Lavrov"));
            assertTrue(f.value("content").contains("the talks had been constructive"), () -> describe(fs));
            assertFalse(f.negated(), () -> describe(fs));
        }

        @Test
        void toldMediumThat() {
            List<Fact> fs = facts("Wang Yi told Xinhua that China opposed unilateral sanctions.");
            Fact f = expect(fs, FactType.STATEMENT, "Wang Yi told Xinhua", role("speaker", "Wang Yi"), role("medium", "Xinhua"));
            assertTrue(f.value("content").contains("China opposed unilateral sanctions"), () -> describe(fs));
        }

        @Test
        void interviewOutletCarriesToTheSpeakersLaterWords() {
            List<Fact> fs = facts("Sergei Lavrov said on Tuesday that sanctions had failed, in an interview aired by RT. "
                    + "He said Moscow was ready for talks with Washington. In January, Lavrov said that he had told Wang Yi "
                    + "the same thing.");
            Fact later = expect(fs, FactType.STATEMENT, "Lavrov: ready for talks", role("speaker", "Sergei Lavrov"),
                    f -> f.value("content").contains("ready for talks"));
            assertEquals(Set.of("RT"), labels(later, "medium"), () -> describe(fs));
            Fact recounted = expect(fs, FactType.STATEMENT, "Lavrov in January", role("speaker", "Sergei Lavrov"),
                    f -> f.value("content").contains("same thing"));
            assertEquals(Set.of(), labels(recounted, "medium"), () -> "said in another month, not in the interview\n" + describe(fs));
        }

        @Test
        void outletInARelativeClauseAboutTheSpeakerIsNotTheMedium() {
            List<Fact> fs = facts("Sergei Lavrov, who once worked for Sputnik, said on Tuesday that the West had lost interest in Ukraine.");
            Fact f = expect(fs, FactType.STATEMENT, "Lavrov said", role("speaker", "Sergei Lavrov"));
            assertEquals(Set.of(), labels(f, "medium"), () -> describe(fs));
        }

        @Disabled("gap: the parser reads 'Simonyan, who heads RT, Lavrov said' as RT (appos Lavrov) saying it")
        @Test
        void outletInARelativeClauseBeforeTheSpeakerIsNotTheSpeaker() {
            List<Fact> fs = facts("Speaking to Margarita Simonyan, who heads the broadcaster RT, Sergei Lavrov said that the West "
                    + "had lost interest in Ukraine.");
            Fact f = expect(fs, FactType.STATEMENT, "Lavrov said", role("speaker", "Sergei Lavrov"));
            assertEquals(Set.of(), labels(f, "medium"), () -> describe(fs));
            assertNoFactOfType(fs.stream().filter(g -> labels(g, "speaker").contains("RT")).toList(), FactType.STATEMENT);
        }

        @Test
        void directSpeechKeepsTheQuotedWords() {
            List<Fact> fs = facts("Wang Yi said that China was “ready to work with all parties for peace” in the region.");
            Fact f = expect(fs, FactType.STATEMENT, "Wang Yi said", role("speaker", "Wang Yi"));
            assertEquals("ready to work with all parties for peace", f.value("quote"), () -> describe(fs));
        }

        @Test
        void reportedSpeechAndScareQuotesHaveNoQuote() {
            List<Fact> fs = facts("Sergei Lavrov said the “special operation” would go on until its goals were met.");
            Fact f = expect(fs, FactType.STATEMENT, "Lavrov said", role("speaker", "Sergei Lavrov"));
            assertEquals("", f.value("quote"), () -> "two quoted words are a label, not a quotation\n" + describe(fs));
        }

        @Test
        void calledFor() {
            List<Fact> fs = facts("Recep Tayyip Erdogan called for an immediate ceasefire in Gaza.");
            Fact f = expect(fs, FactType.STATEMENT, "Erdogan called for", role("speaker", "Recep Tayyip Erdoğan"));
            assertTrue(f.value("content").contains("ceasefire"), () -> describe(fs));
        }

        @Test
        void didNotSayIsNotPositive() {
            List<Fact> fs = facts("Shehbaz Sharif did not say that the talks had failed.");
            assertNoPositive(fs, FactType.STATEMENT, role("speaker", "Shehbaz Sharif"));
        }

        @Test
        void willTellIsFuture() {
            List<Fact> fs = facts("Recep Tayyip Erdogan will tell parliament that Turkey backs the deal.");
            assertFuture(fs, FactType.STATEMENT, "Erdogan will tell", role("speaker", "Recep Tayyip Erdoğan"));
        }
    }

    // ---------------------------------------------------------------- attendance

    @Nested
    class Attendance {
        @Test
        void chairedTheSessionAndTheSummitWhichHeChaired() {
            List<Fact> fs = facts("Chinese Premier Li Qiang chaired the closing session on Friday. "
                    + "Hun Manet attended the Mekong summit, which Li Qiang chaired.");
            expect(fs, FactType.ATTENDANCE, "Li at the session", role("attendee", "Li Qiang"), f -> labels(f, "event").toString().contains("session"));
            expect(fs, FactType.ATTENDANCE, "Li at the summit", role("attendee", "Li Qiang"), f -> labels(f, "event").toString().contains("summit"));
            assertNoFactOfType(facts("Min Aung Hlaing chairs the State Administration Council."), FactType.ATTENDANCE);
        }

        @Test
        void attendedParadeOnTuesday() {
            List<Fact> fs = facts("Narendra Modi attended the military parade in Moscow on Tuesday.");
            Fact f = expect(fs, FactType.ATTENDANCE, "Modi at parade", role("attendee", "Narendra Modi"));
            assertTrue(lower(String.join(" ", labels(f, "event"))).contains("parade"), () -> describe(fs));
            assertEquals("2024-03-12", f.date(), () -> describe(fs));
            assertPast(f, fs);
        }

        @Test
        void laidWreath() {
            List<Fact> fs = facts("Ilham Aliyev laid a wreath at the tomb of the unknown soldier.");
            Fact f = expect(fs, FactType.ATTENDANCE, "Aliyev wreath-laying", role("attendee", "Ilham Aliyev"));
            assertFalse(labels(f, "event").isEmpty(), () -> describe(fs));
        }

        @Test
        void ceremonyWasAttendedBy() {
            List<Fact> fs = facts("The inauguration ceremony was attended by Shehbaz Sharif.");
            Fact f = expect(fs, FactType.ATTENDANCE, "Sharif at ceremony", role("attendee", "Shehbaz Sharif"));
            assertTrue(lower(String.join(" ", labels(f, "event"))).matches(".*(ceremony|inauguration).*"), () -> describe(fs));
        }

        @Test
        void amongTheLeadersWhoAttendedTakesTheEventTold() {
            List<Fact> fs = facts("Ilham Aliyev hosted a climate summit in Baku on Monday. Shehbaz Sharif and Recep Tayyip Erdogan "
                    + "were among the leaders who attended.");
            Fact f = expect(fs, FactType.ATTENDANCE, "Sharif at the summit", role("attendee", "Shehbaz Sharif"));
            assertTrue(lower(f.role("event").label()).contains("summit"), () -> describe(fs));
            expect(fs, FactType.ATTENDANCE, "Erdogan at the summit", role("attendee", "Recep Tayyip Erdoğan"));
        }

        @Test
        void didNotAttendIsNotPositive() {
            List<Fact> fs = facts("Xi Jinping did not attend the summit.");
            assertNoPositive(fs, FactType.ATTENDANCE, role("attendee", "Xi Jinping"));
        }

        @Test
        void willAttendIsFuture() {
            List<Fact> fs = facts("Recep Tayyip Erdogan will attend the summit in Washington in July.");
            assertFuture(fs, FactType.ATTENDANCE, "Erdogan at summit", role("attendee", "Recep Tayyip Erdoğan"));
        }
    }

    // ---------------------------------------------------------------- delegation

    /** Who a descriptor means, and when and how sure a fact is, across sentences. */
    @Nested
    class Coreference {
        @Test
        void theGuestOfTheHostIsTheVisitorNotTheHost() {
            List<Fact> fs = facts("Egyptian President Abdel Fattah el-Sisi arrived in Ankara on Tuesday. "
                    + "Recep Tayyip Erdogan received his guest at the presidential palace on Wednesday.");
            expect(fs, FactType.MEETING, "Erdogan and Sisi", role("participant", "Recep Tayyip Erdoğan", "Abdel Fattah el-Sisi"));
        }

        @Test
        void aDemonymAndATitleMeanThatStatesHolderOfIt() {
            List<Fact> fs = facts("Indonesian President Prabowo Subianto met Chinese President Xi Jinping in Beijing on Saturday. "
                    + "The Indonesian leader said that Jakarta would join the talks.");
            expect(fs, FactType.STATEMENT, "Prabowo said", role("speaker", "Prabowo Subianto"));
        }

        @Test
        void theMinisterIsNotTheViceMinister() {
            List<Fact> fs = facts("Chinese Foreign Minister Wang Yi arrived in Vientiane on Monday with Vice Foreign Minister Sun Weidong. "
                    + "The Chinese minister said that Beijing would fund the railway.");
            expect(fs, FactType.STATEMENT, "Wang Yi said", role("speaker", "Wang Yi"));
        }

        @Test
        void theSeniorGeneralIsTheJuntaChiefTheArticleIsAbout() {
            List<Fact> fs = facts("Myanmar's junta chief Min Aung Hlaing arrived in Moscow on Monday. "
                    + "On Tuesday the senior general attended the Victory Day parade.");
            expect(fs, FactType.ATTENDANCE, "Min Aung Hlaing at the parade", role("attendee", "Min Aung Hlaing"));
        }

        @Test
        void aVenueVisitIsAVisitToItsCity() {
            List<Fact> fs = facts("Xi Jinping welcomed Kassym-Jomart Tokayev to the Great Hall of the People on Friday.");
            expect(fs, FactType.VISIT, "Tokayev in Beijing", role("visitor", "Kassym-Jomart Tokayev"), role("destination", "Beijing"));
        }

        @Test
        void theTwoSidesAreThePartiesJustToldOf() {
            List<Fact> fs = facts("Meeting in the Qatari capital on Monday, Egypt and Turkey agreed to restore full diplomatic ties. "
                    + "The two sides also undertook to revive a trade agreement signed in 2005.");
            assertNoPositive(fs, FactType.COOPERATION, f -> parties(f).contains("Qatar"));
            expect(fs, FactType.COOPERATION, "Egypt-Turkey trade", f -> parties(f).equals(Set.of("Egypt", "Turkey")) && "trade".equals(f.value("domain")));
        }

        @Test
        void anAccordSignedLongAgoDoesNotMoveTheStoryBack() {
            List<Fact> fs = facts("Sergei Lavrov arrived in Hanoi on Monday to revive an accord signed in 2001. "
                    + "\"The visit was useful,\" Lavrov said afterwards.");
            Fact f = expect(fs, FactType.STATEMENT, "Lavrov said", role("speaker", "Sergei Lavrov"));
            assertFalse(f.date().startsWith("2001"), () -> describe(fs));
        }

        @Test
        void anObjectPronounIsThePersonTheSentenceBeforeWasAbout() {
            List<Fact> fs = facts("Choe Son Hui met Sergei Lavrov in Moscow on November 1, 2023. Vladimir Putin received her at the Kremlin three days later.");
            Fact f = expect(fs, FactType.MEETING, "Putin and Choe", role("participant", "Vladimir Putin", "Choe Son Hui"));
            assertEquals("2023-11-04", f.date(), () -> "three days after the date told\n" + describe(fs));
        }

        @Test
        void aDateInsideAnObjectDoesNotDateTheStatement() {
            List<Fact> fs = facts("On Tuesday Sergei Lavrov promised help for the census due in October and said Moscow backed the vote.");
            Fact f = expect(fs, FactType.STATEMENT, "Lavrov said", role("speaker", "Sergei Lavrov"));
            assertFalse(f.date().endsWith("-10"), () -> describe(fs));
            assertFalse(f.future(), () -> "a promise beside the statement makes the statement no promise\n" + describe(fs));
        }
    }

    @Nested
    class Delegation {
        @Test
        void wasAccompaniedBy() {
            List<Fact> fs = facts("Vladimir Putin arrived in Pyongyang on Tuesday. Vladimir Putin was accompanied by Sergei Lavrov.");
            expect(fs, FactType.DELEGATION, "Putin with Lavrov", role("leader", "Vladimir Putin"), role("member", "Sergei Lavrov"));
        }

        @Test
        void memberAccompaniedLeader() {
            List<Fact> fs = facts("Wang Yi accompanied Xi Jinping on the trip to Moscow.");
            Fact f = expect(fs, FactType.DELEGATION, "Xi with Wang Yi", role("leader", "Xi Jinping"), role("member", "Wang Yi"));
            assertPast(f, fs);
        }

        @Test
        void delegationIncludedListUnderLastVisitor() {
            List<Fact> fs = facts("Vladimir Putin arrived in Beijing on Tuesday. The Russian delegation included Sergei Lavrov and Andrei Belousov.");
            expect(fs, FactType.DELEGATION, "Putin with Lavrov", role("leader", "Vladimir Putin"), role("member", "Sergei Lavrov"));
            expect(fs, FactType.DELEGATION, "Putin with Belousov", role("leader", "Vladimir Putin"), role("member", "Andrei Belousov"));
        }

        @Test
        void aDateInARelativeClauseAboutAMemberIsNotTheTrips() {
            List<Fact> fs = facts("Alexander Lukashenko arrived in Beijing on February 28, 2023. "
                    + "The delegation includes Foreign Minister Sergei Aleinik, who succeeded Vladimir Makei in December.");
            Fact f = expect(fs, FactType.DELEGATION, "Lukashenko with Aleinik", role("leader", "Alexander Lukashenko"), role("member", "Sergei Aleinik"));
            assertFalse(f.date().endsWith("-12"), () -> "the predecessor's December is not the trip's\n" + describe(fs));
        }

        @Test
        void didNotAccompanyIsNotPositive() {
            List<Fact> fs = facts("Sergei Lavrov did not accompany Vladimir Putin on the trip.");
            assertNoPositive(fs, FactType.DELEGATION, role("member", "Sergei Lavrov"), role("leader", "Vladimir Putin"));
        }

        @Test
        void willAccompanyIsFuture() {
            List<Fact> fs = facts("Sergei Lavrov will accompany Vladimir Putin to Beijing next month.");
            assertFuture(fs, FactType.DELEGATION, "Putin with Lavrov", role("leader", "Vladimir Putin"), role("member", "Sergei Lavrov"));
        }
    }
}

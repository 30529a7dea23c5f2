package org.w3id.attache.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The scoring rules one by one, on hand-made candidates. */
class LinkScorerTest {
    final LinkScorer scorer = new LinkScorer();

    static UnlinkedEntity person(String country, Set<String> posts, Set<String> context) {
        return new UnlinkedEntity("https://w3id.org/attache/id/person/x", EntityKind.PERSON, "X", country, posts, context);
    }

    static Candidate human(String qid, boolean byLabel, Set<String> countries, Set<String> positions) {
        return new Candidate(qid, byLabel, Set.of("Q5"), countries, positions);
    }

    @Test
    void wrongClassOrOtherCountryRulesACandidateOut() {
        assertTrue(scorer.score(person("Q159", Set.of(), Set.of()), new Candidate("Q1", true, Set.of("Q515"), Set.of("Q159"), Set.of())).isEmpty());
        assertTrue(scorer.score(person("Q159", Set.of(), Set.of()), human("Q1", true, Set.of("Q30"), Set.of())).isEmpty());
    }

    @Test
    void labelAliasCountryPostAndContextAddUp() {
        assertEquals(0.6, scorer.score(person("", Set.of(), Set.of()), human("Q1", true, Set.of("Q159"), Set.of())).orElseThrow(), 1e-9);
        assertEquals(0.8, scorer.score(person("Q159", Set.of(), Set.of()), human("Q1", false, Set.of("Q159"), Set.of())).orElseThrow(), 1e-9);
        assertEquals(1.2, scorer.score(person("Q159", Set.of("Q218295"), Set.of()), human("Q1", true, Set.of("Q159"), Set.of("Q218295"))).orElseThrow(), 1e-9);
        assertEquals(0.8, scorer.score(person("", Set.of(), Set.of("Q159", "Q218295", "Q649")),
                human("Q1", true, Set.of("Q159"), Set.of("Q218295"))).orElseThrow(), 1e-9, "context adds at most 0.2");
    }

    @Test
    void linksOnlyAboveTheThresholdAndClearlyAhead() {
        UnlinkedEntity e = person("Q159", Set.of(), Set.of());
        assertTrue(scorer.choose(person("", Set.of(), Set.of()), List.of(human("Q1", true, Set.of(), Set.of()))).isEmpty(), "0.6 is too little");
        assertEquals("Q1", scorer.choose(e, List.of(human("Q1", true, Set.of("Q159"), Set.of()))).orElseThrow().candidate().qid());
        assertTrue(scorer.choose(e, List.of(human("Q1", true, Set.of("Q159"), Set.of()), human("Q2", true, Set.of("Q159"), Set.of()))).isEmpty(),
                "two namesakes of one country");
        assertEquals("Q1", scorer.choose(e, List.of(human("Q1", true, Set.of("Q159"), Set.of()), human("Q2", false, Set.of(), Set.of())))
                .orElseThrow().candidate().qid(), "0.9 against an alias-only 0.5 is clear");
    }

    @Test
    void aStateIsItsOwnCountry() {
        UnlinkedEntity russia = new UnlinkedEntity("https://w3id.org/attache/id/state/russia", EntityKind.STATE, "Russia", "", Set.of(), Set.of());
        var pick = scorer.choose(russia, List.of(new Candidate("Q159", true, Set.of("Q3624078"), Set.of("Q159"), Set.of())));
        assertEquals("0.90", pick.orElseThrow().storedScore().toPlainString());
    }
}

package org.w3id.attache.extract;

import java.util.List;
import org.w3id.attache.nlp.AnalysedArticle;

/**
 * "signed a defence agreement to enhance bilateral relations": the candidate that reads the
 * relations as cooperation of no named domain ("other") adds nothing to the defence agreement
 * between the same two sides in the same sentence, and is dropped. A rule's own "other" (a
 * cultural agreement) stays.
 */
final class VagueCooperation implements ArticlePass {

    private static final String OTHER = "other";

    @Override
    public List<Fact> apply(List<Fact> facts, AnalysedArticle doc) {
        return facts.stream().filter(f -> !vague(f) || facts.stream().noneMatch(g -> named(g, f))).toList();
    }

    private static boolean vague(Fact f) {
        return f.type() == FactType.COOPERATION && f.ruleId().startsWith("candidate.") && OTHER.equals(f.value("domain"));
    }

    /** Is {@code g} cooperation of a named domain between the same sides as {@code f}, in its sentence? */
    private static boolean named(Fact g, Fact f) {
        return g.type() == FactType.COOPERATION && g.sentence() == f.sentence() && !OTHER.equals(g.value("domain"))
                && g.sides().equals(f.sides());
    }
}

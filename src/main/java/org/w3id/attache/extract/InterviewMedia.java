package org.w3id.attache.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3id.attache.nlp.AnalysedArticle;
import org.w3id.attache.nlp.Entity;

/**
 * Carries an interview's outlet to the rest of what the speaker says in it. "Min Aung Hlaing
 * called for a multipolar world, in an interview aired by RT" sets RT as the medium of his later
 * statements in the article that name no outlet of their own. Only a sentence with an interview cue
 * ({@code rules/interview-cues.tsv}) sets it: "told state television" covers that sentence alone. Words
 * dated to another month are recounted, not said in the interview, and take nothing.
 */
final class InterviewMedia implements ArticlePass {

    private final RuleBook rules;

    InterviewMedia(RuleBook rules) {
        this.rules = rules;
    }

    @Override
    public List<Fact> apply(List<Fact> facts, AnalysedArticle doc) {
        Map<Entity, Fact> interviewOf = new HashMap<>();
        List<Fact> out = new ArrayList<>(facts.size());
        for (Fact f : facts) {
            Entity speaker = f.role("speaker");
            if (f.type() != FactType.STATEMENT || speaker == null) {
                out.add(f);
                continue;
            }
            Entity medium = f.role("medium");
            if (medium != null) {
                if (interviewCueIn(doc, f.sentence())) {
                    interviewOf.put(speaker, f);
                }
                out.add(f);
            } else if (interviewOf.containsKey(speaker) && sameMonth(interviewOf.get(speaker).date(), f.date())) {
                out.add(f.withRole("medium", interviewOf.get(speaker).role("medium")));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /** Words recounted from another month ("told him in March that …") were not said in this interview. */
    private static boolean sameMonth(String a, String b) {
        return a.length() >= 7 && b.length() >= 7 && a.regionMatches(0, b, 0, 7);
    }

    private boolean interviewCueIn(AnalysedArticle doc, int sentence) {
        return doc.tokens(sentence).stream().anyMatch(t -> t.lemma() != null && rules.isInterviewCue(t.lemma()));
    }
}

package org.w3id.attache.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.w3id.attache.nlp.AnalysedArticle;
import org.w3id.attache.nlp.Gazetteer;
import org.w3id.attache.nlp.TimeMention;

/**
 * Runs every rule over every sentence of an analysed article and turns each match into a
 * {@link Fact} ({@link RuleMatcher}, {@link RoleReader}), keeps the story's date from sentence
 * to sentence, then runs the article passes ({@link ArticlePass}) over the whole.
 */
public final class Extractor {

    private final RuleBook rules;
    private final RoleReader roles;
    private final List<ArticlePass> passes;

    public Extractor(RuleBook rules, Gazetteer gazetteer) {
        this.rules = rules;
        this.roles = new RoleReader(rules, gazetteer);
        this.passes = List.of(new PeerPosts(gazetteer), new VisitHosts(gazetteer, rules), new InterviewMedia(rules), new RepeatVisits());
    }

    /** All facts of the article, in sentence order, without duplicates. */
    public List<Fact> extract(AnalysedArticle doc) {
        List<Fact> facts = new ArrayList<>();
        String storyDate = "";
        for (int s = 0; s < doc.sentenceCount(); s++) {
            SemanticGraph graph = doc.dependencies(s);
            if (graph == null || graph.isEmpty()) {
                continue;
            }
            ParsedSentence sent = new ParsedSentence(doc, s, graph, rules);
            List<Fact> found = new ArrayList<>();
            for (Rule rule : rules.rules()) {
                for (Map<String, IndexedWord> match : RuleMatcher.matches(rule, sent)) {
                    for (Map<String, IndexedWord> one : RuleMatcher.fanOut(sent, match)) {
                        found.addAll(roles.build(rule, sent, one, storyDate, new StorySoFar(facts)));
                    }
                }
            }
            found = Subsumption.withoutSubsumed(found, doc.times(s).stream().map(TimeMention::value).toList());
            facts.addAll(found);
            storyDate = FactDating.storyDateAfter(sent, found, storyDate);
        }
        for (ArticlePass pass : passes) {
            facts = pass.apply(facts, doc);
        }
        return List.copyOf(facts);
    }
}

package org.w3id.attache.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private final CandidateGenerator candidates;
    private final CandidateModel model;
    private final List<ArticlePass> passes;

    public Extractor(RuleBook rules, TriggerLexicon triggers, CandidateModel model, Gazetteer gazetteer) {
        this.rules = rules;
        this.roles = new RoleReader(rules, triggers, gazetteer);
        this.candidates = new CandidateGenerator(triggers, rules, gazetteer);
        this.model = model;
        this.passes = List.of(new AbbreviatedTitles(gazetteer), new PeerPosts(gazetteer), new DelegationLeaders(gazetteer), new ListedCompanions(), new ForeignCompanions(gazetteer), new VisitsAtHome(gazetteer),
                new DomesticMeetings(gazetteer), new VagueCooperation(), new ArmsMakers(gazetteer), new BroadItems(gazetteer), new NamedDesigns(gazetteer), new ArmsTies(gazetteer), new MeetingsAbroad(gazetteer), new HostedGuests(gazetteer),
                new SidelineMeetings(), new BareEvents(), new UmbrellaVisits(gazetteer), new VisitHosts(gazetteer, rules), new InterviewMedia(rules), new NestedStatements(), new OutletReports(), new RepeatVisits());
    }

    /** The article's facts, and every candidate its triggers gave, kept or not. */
    public record Extraction(List<Fact> facts, List<Candidate> candidates) {
    }

    /** All facts of the article, in sentence order, without duplicates. */
    public List<Fact> extract(AnalysedArticle doc) {
        return extractWithCandidates(doc).facts();
    }

    /**
     * The rules' facts and the candidates the model keeps, sentence by sentence, then the article
     * passes over them all. The story so far (its date, its last visitor and parties) is what the
     * rules found, and its last supply what the rules found or the candidates offered, kept or
     * not, so neither the rules nor the candidates a sentence offers depend on which earlier
     * candidates were kept.
     */
    public Extraction extractWithCandidates(AnalysedArticle doc) {
        List<Candidate> offered = new ArrayList<>();
        Set<String> known = new HashSet<>();
        List<Fact> ruleFacts = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        List<Fact> supplies = new ArrayList<>();
        String storyDate = "";
        String leadDate = FactDating.leadDate(doc);
        int storyDateSet = -9;
        boolean storyDateSpoken = false;
        for (int s = 0; s < doc.sentenceCount(); s++) {
            SemanticGraph graph = doc.dependencies(s);
            if (graph == null || graph.isEmpty()) {
                continue;
            }
            ParsedSentence sent = new ParsedSentence(doc, s, graph, rules);
            StoryTime time = new StoryTime(storyDate, storyDateSet >= s - 1, leadDate, storyDateSpoken);
            List<Fact> found = ruleFacts(sent, time, new StorySoFar(ruleFacts));
            List<String> dates = doc.times(s).stream().map(TimeMention::value).toList();
            found = Subsumption.withoutSubsumed(found, dates);
            List<Candidate> here = candidates.generate(sent, time, new StorySoFar(ruleFacts, supplies), found);
            ruleFacts.addAll(found);
            supplies.addAll(found);
            here.forEach(c -> supplies.add(c.fact()));
            offered.addAll(here);
            List<Fact> withKept = new ArrayList<>(found);
            found.forEach(f -> known.add(FactKey.of(f)));
            for (Candidate c : here) {
                if (model.keeps(c) && !Subsumption.pairsRuleSidesAnew(c.fact(), found) && !Subsumption.suppliesRuleItemAnew(c.fact(), found)
                        && known.add(FactKey.of(c.fact()))) {
                    withKept.add(c.fact());
                }
            }
            facts.addAll(Subsumption.withoutSubsumed(withKept, dates));
            String next = FactDating.storyDateAfter(sent, found, storyDate);
            if (!next.equals(storyDate) || FactDating.datesItself(sent, found)) {
                storyDateSet = s;
                storyDateSpoken = found.stream().anyMatch(f -> f.type() == FactType.STATEMENT && f.date().equals(next));
            }
            storyDate = next;
        }
        for (ArticlePass pass : passes) {
            facts = pass.apply(facts, doc);
        }
        return new Extraction(List.copyOf(facts), List.copyOf(offered));
    }

    /** What every rule makes of one sentence, each match on its own (before facts are weighed against each other). */
    private List<Fact> ruleFacts(ParsedSentence sent, StoryTime storyDate, StorySoFar story) {
        List<Fact> found = new ArrayList<>();
        for (Rule rule : rules.rules()) {
            for (Map<String, IndexedWord> match : RuleMatcher.matches(rule, sent)) {
                for (Map<String, IndexedWord> one : RuleMatcher.fanOut(sent, match)) {
                    found.addAll(roles.build(rule, sent, one, storyDate, story));
                }
            }
        }
        return found;
    }

    /** The facts each rule makes of an article's sentences on its own, for checking rules one by one. */
    List<Fact> everyRuleFact(AnalysedArticle doc) {
        List<Fact> out = new ArrayList<>();
        for (int s = 0; s < doc.sentenceCount(); s++) {
            SemanticGraph graph = doc.dependencies(s);
            if (graph != null && !graph.isEmpty()) {
                out.addAll(ruleFacts(new ParsedSentence(doc, s, graph, rules), StoryTime.NONE, new StorySoFar(out)));
            }
        }
        return out;
    }
}

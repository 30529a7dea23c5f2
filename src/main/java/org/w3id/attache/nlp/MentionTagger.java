package org.w3id.attache.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.w3id.attache.intake.Article;

/**
 * Finds entity, title and date mentions in an annotated article: gazetteer phrases first
 * (longest match), then CoreNLP's statistical names, then descriptors and pronouns resolved to
 * the entity meant. It rewrites each token's NER tag to the tag of what it belongs to (PERSON,
 * STATE, ORGANIZATION, LOCATION, TITLE, HONORIFIC), so that rules can match on it, and lower-cases
 * lemmas ("Treaty" in a name is still the lemma "treaty").
 */
public final class MentionTagger {

    private final Gazetteer gazetteer;
    private final PhraseScanner phrases;

    public MentionTagger(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.phrases = new PhraseScanner(gazetteer);
    }

    /** Tags {@code doc} in place and returns the analysed article. */
    public AnalysedArticle tag(Article article, Annotation doc) {
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<Mention> mentions = new ArrayList<>();
        List<TitleSpan> titles = new ArrayList<>();
        List<TimeMention> times = new ArrayList<>();
        Coreference resolver = new Coreference(gazetteer, article);
        for (int s = 0; s < sentences.size(); s++) {
            List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
            List<Mention> found = new ArrayList<>();
            String[] tags = new String[tokens.size()];
            phrases.scan(article, s, tokens, tags, found, titles);
            StatisticalNames.scan(s, tokens, tags, found);
            DemonymTitles.compose(s, tokens, tags, found);
            times.addAll(DateMentions.of(s, tokens, article.published()));
            Map<Mention, Mention> forward = Cataphora.targets(found, tokens);
            for (Mention m : found.stream().sorted((a, b) -> a.begin() - b.begin()).toList()) {
                Mention resolved = forward.containsKey(m) ? m.withEntity(resolver.resolve(forward.get(m), tokens).entity()) : resolver.resolve(m, tokens);
                if (resolved == null) {
                    continue;
                }
                mentions.add(resolved);
                if (resolved.kind() == Mention.Kind.NAME) {
                    markProperNoun(tokens, resolved);
                }
                resolver.remember(resolved, tokens, tags);
                for (int t = resolved.begin(); t < resolved.end(); t++) {
                    if (tags[t] == null || resolved.kind() != Mention.Kind.NAME) {
                        tags[t] = resolved.entity().type().tag();
                    }
                }
            }
            for (int t = 0; t < tokens.size(); t++) {
                CoreLabel token = tokens.get(t);
                if (token.lemma() != null) {
                    token.setLemma(token.lemma().toLowerCase(Locale.ROOT));
                }
                String old = token.ner();
                if (tags[t] != null) {
                    token.setNER(tags[t]);
                } else if (old != null && (StatisticalNames.STAT_TAGS.contains(old) || old.equals("DURATION") || old.equals("MISC"))) {
                    token.setNER("O");
                }
            }
            GuestParticiples.retag(tokens, mentions, s);
        }
        List<List<CoreLabel>> tokenLists = sentences.stream().map(s -> s.get(CoreAnnotations.TokensAnnotation.class)).toList();
        for (Mention we : new QuotedFirstPerson(gazetteer, resolver::stateOf).resolve(article.body(), tokenLists, mentions)) {
            tokenLists.get(we.sentence()).get(we.begin()).setNER(we.entity().type().tag());
            mentions.add(we);
        }
        mentions.sort(java.util.Comparator.comparingInt(Mention::sentence).thenComparingInt(Mention::begin));
        return new AnalysedArticle(article, sentences, mentions, titles, times, resolver::stateOf);
    }

    /** Capitalised words of a name are proper nouns, whatever the tagger guessed ("Aye" is not an interjection). */
    private static void markProperNoun(List<CoreLabel> tokens, Mention m) {
        for (int t = m.begin(); t < m.end(); t++) {
            String w = tokens.get(t).word();
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !tokens.get(t).tag().startsWith("NNP")) {
                tokens.get(t).setTag("NNP");
            }
        }
    }
}

package org.w3id.attache.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3id.attache.intake.Article;

/**
 * Finds entity, title and date mentions in an annotated article: gazetteer phrases first
 * (longest match), then CoreNLP's statistical names, then descriptors and pronouns resolved to
 * the entity meant. It rewrites each token's NER tag to the tag of what it belongs to (PERSON,
 * STATE, ORGANIZATION, LOCATION, TITLE, HONORIFIC), so that rules can match on it, and lower-cases
 * lemmas ("Treaty" in a name is still the lemma "treaty").
 */
public final class MentionTagger {
    private static final Set<String> PRONOUNS = Set.of("he", "him", "his", "she", "her");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her");
    private static final Set<String> PRONOUNS_IT = Set.of("it", "its");
    private static final Set<String> STAT_TAGS = Set.of("PERSON", "ORGANIZATION", "LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE");
    private static final Set<String> TITLE_JOINERS = Set.of("of", "for", "the", "and");
    /** Title words any head of a state or body may bear. */
    private static final Set<String> GENERIC_TITLE_WORDS = Set.of("leader", "chief", "head", "strongman");
    /** Words that make a post someone's deputy: "the Chinese minister" is not the vice minister. */
    private static final Set<String> RANK_WORDS = Set.of("vice", "deputy", "first", "acting", "assistant", "former", "junior");

    private final Gazetteer gazetteer;

    public MentionTagger(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Tags {@code doc} in place and returns the analysed article. */
    public AnalysedArticle tag(Article article, Annotation doc) {
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<Mention> mentions = new ArrayList<>();
        List<TitleSpan> titles = new ArrayList<>();
        List<TimeMention> times = new ArrayList<>();
        Resolver resolver = new Resolver(article);
        for (int s = 0; s < sentences.size(); s++) {
            List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
            List<Mention> found = new ArrayList<>();
            String[] tags = new String[tokens.size()];
            scanPhrases(article, s, tokens, tags, found, titles);
            scanStatisticalNames(s, tokens, tags, found);
            composeDemonymTitles(s, tokens, tags, found);
            times.addAll(dates(s, tokens));
            for (Mention m : found.stream().sorted((a, b) -> a.begin() - b.begin()).toList()) {
                Mention resolved = resolver.resolve(m, tokens);
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
                    token.setLemma(token.lemma().toLowerCase(java.util.Locale.ROOT));
                }
                String old = token.ner();
                if (tags[t] != null) {
                    token.setNER(tags[t]);
                } else if (old != null && (STAT_TAGS.contains(old) || old.equals("DURATION") || old.equals("MISC"))) {
                    token.setNER("O");
                }
            }
        }
        return new AnalysedArticle(article, sentences, mentions, titles, times);
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

    private static String phrase(List<CoreLabel> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder(word(tokens, from));
        for (int t = from + 1; t < to; t++) {
            if (!tokens.get(t).before().isEmpty()) {
                sb.append(' ');
            }
            sb.append(word(tokens, t));
        }
        return sb.toString();
    }

    /**
     * The token's word as the gazetteer lists it. At the end of a sentence the tokenizer keeps a
     * period on a short capitalised word and repeats it ("aired by RT." → "RT." "."): the name is
     * "RT". An abbreviation with periods of its own ("U.S.") keeps them.
     */
    private static String word(List<CoreLabel> tokens, int t) {
        String w = tokens.get(t).word();
        boolean periodRepeated = t + 1 < tokens.size() && ".".equals(tokens.get(t + 1).word())
                && tokens.get(t + 1).beginPosition() <= tokens.get(t).endPosition() && tokens.get(t + 1).before().isEmpty();
        if (periodRepeated && w.length() > 1 && w.indexOf('.') == w.length() - 1) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private void scanPhrases(Article article, int s, List<CoreLabel> tokens, String[] tags, List<Mention> found, List<TitleSpan> titles) {
        int n = tokens.size();
        int titleStart = -1;
        boolean titleHasOffice = false;
        int i = 0;
        while (i < n) {
            int matched = 0;
            for (int k = Math.min(gazetteer.longestPhrase(), n - i); k >= 1 && matched == 0; k--) {
                String p = phrase(tokens, i, i + k);
                if (k == 1 && !Character.isLetter(p.charAt(0))) {
                    break;
                }
                boolean capitalised = Character.isUpperCase(p.charAt(0)) || Character.isDigit(p.charAt(0));
                Optional<Entity> e = capitalised ? gazetteer.entity(p, article.published()) : Optional.empty();
                if (e.isPresent()) {
                    int capital = capitalAfter(tokens, i + k);
                    if (e.get().type() == EntityType.STATE && capital > 0) {
                        Optional<Entity> city = gazetteer.entity(e.get().capital()).filter(c -> c.type() == EntityType.CITY);
                        if (city.isPresent()) {
                            found.add(new Mention(s, i, capital, city.get(), Mention.Kind.DESCRIPTOR, phrase(tokens, i, capital)));
                            matched = capital - i;
                            continue;
                        }
                    }
                    found.add(new Mention(s, i, i + k, e.get(), Mention.Kind.NAME, p));
                    matched = k;
                    continue;
                }
                Optional<Gazetteer.TitleWord> title = gazetteer.title(p);
                boolean beforeName = capitalised && i + k < n && isNameToken(tokens.get(i + k));
                if (title.isPresent() && (beforeName || !title.get().onlyBeforeName())) {
                    String tag = title.get().kind().equals("honorific") && beforeName ? "HONORIFIC" : "TITLE";
                    for (int t = i; t < i + k; t++) {
                        tags[t] = tag;
                    }
                    if (tag.equals("TITLE")) {
                        if (titleStart < 0) {
                            titleStart = i;
                        }
                        titleHasOffice |= !title.get().kind().equals("domain") && !title.get().kind().equals("rank");
                    }
                    matched = k;
                    continue;
                }
                Optional<Gazetteer.Descriptor> d = gazetteer.descriptor(p);
                if (d.isPresent() && !(k == 1 && PRONOUNS.contains(p.toLowerCase())) && descriptorStandsAlone(tokens, i, k)
                        && !coveredBy(found, i)) {
                    found.add(new Mention(s, i, i + k, Entity.unlisted(EntityType.GROUP, d.get().resolvesTo()), Mention.Kind.DESCRIPTOR, p));
                    if (d.get().resolvesTo().startsWith("person-with-title:")) {
                        continue;
                    }
                    matched = k;
                    continue;
                }
                Optional<Entity> dem = capitalised ? gazetteer.demonym(p).or(() -> madeIn(p)) : Optional.empty();
                if (dem.isPresent() && capitalAfter(tokens, i + k) > 0) {
                    int capital = capitalAfter(tokens, i + k);
                    Optional<Entity> city = gazetteer.entity(dem.get().capital()).filter(c -> c.type() == EntityType.CITY);
                    if (city.isPresent()) {
                        found.add(new Mention(s, i, capital, city.get(), Mention.Kind.DESCRIPTOR, phrase(tokens, i, capital)));
                        matched = capital - i;
                        continue;
                    }
                }
                if (dem.isPresent()) {
                    int media = stateMediaAfter(tokens, i + k);
                    if (media > 0) {
                        String label = phrase(tokens, i, media);
                        Entity outlet = new Entity(EntityType.MEDIA_OUTLET, label, dem.get().country(), "", null, null, "");
                        found.add(new Mention(s, i, media, outlet, Mention.Kind.NAME, label));
                        matched = media - i;
                        continue;
                    }
                    found.add(new Mention(s, i, i + k, dem.get(), Mention.Kind.DEMONYM, p));
                    matched = k;
                }
            }
            if (matched == 0 && PRONOUNS.contains(tokens.get(i).word().toLowerCase())) {
                found.add(new Mention(s, i, i + 1, Entity.unlisted(EntityType.PERSON, "person"), Mention.Kind.PRONOUN, tokens.get(i).word()));
                matched = 1;
            } else if (matched == 0 && PRONOUNS_IT.contains(tokens.get(i).word().toLowerCase())) {
                found.add(new Mention(s, i, i + 1, Entity.unlisted(EntityType.STATE, "state"), Mention.Kind.PRONOUN, tokens.get(i).word()));
                matched = 1;
            }
            boolean inTitle = matched > 0 && "TITLE".equals(tags[i]);
            boolean joiner = matched == 0 && titleStart >= 0 && TITLE_JOINERS.contains(tokens.get(i).word().toLowerCase())
                    && domainWordAhead(tokens, i);
            boolean modifier = matched > 0 && !inTitle && titleStart < 0 && i + matched < n && isTitleWordAhead(tokens, i + matched);
            if (!inTitle && !joiner) {
                closeTitle(s, tokens, tags, titles, titleStart, i, titleHasOffice);
                titleStart = -1;
                titleHasOffice = false;
            }
            if (modifier && found.size() > 0 && found.get(found.size() - 1).kind() == Mention.Kind.DESCRIPTOR) {
                titleStart = i;
            }
            i += Math.max(matched, 1);
        }
        closeTitle(s, tokens, tags, titles, titleStart, n, titleHasOffice);
    }

    /**
     * "the Belarusian leader", "the Chinese foreign minister": a demonym and a title with no name
     * after them refer back to a person of that state (see {@code person-of} in
     * {@link Resolver}); the demonym's own mention gives way to the whole phrase.
     */
    private static void composeDemonymTitles(int s, List<CoreLabel> tokens, String[] tags, List<Mention> found) {
        for (Mention m : List.copyOf(found)) {
            if (m.kind() != Mention.Kind.DEMONYM || m.begin() == 0 || !tokens.get(m.begin() - 1).word().equalsIgnoreCase("the")) {
                continue;
            }
            int end = m.end();
            while (end < tokens.size() && "TITLE".equals(tags[end])) {
                end++;
            }
            int after = end;
            boolean named = found.stream().anyMatch(f -> f.begin() == after && f.entity().type() == EntityType.PERSON)
                    || (after < tokens.size() && tokens.get(after).tag().startsWith("NNP"));
            if (end == m.end() || named) {
                continue;
            }
            List<String> title = new ArrayList<>();
            for (int t = m.end(); t < end; t++) {
                title.add(Gazetteer.normalise(tokens.get(t).word()));
            }
            found.remove(m);
            found.add(new Mention(s, m.begin() - 1, end,
                    Entity.unlisted(EntityType.GROUP, "person-of:" + m.entity().country() + ":" + String.join(" ", title)),
                    Mention.Kind.DESCRIPTOR, phrase(tokens, m.begin() - 1, end)));
        }
    }

    /** "Chinese-built", "Russian-made": the state named before the suffix. */
    private Optional<Entity> madeIn(String phrase) {
        var m = java.util.regex.Pattern.compile("^(.+)-(built|made|supplied|designed|produced|manufactured|developed)$").matcher(phrase);
        if (!m.matches()) {
            return Optional.empty();
        }
        return gazetteer.demonym(m.group(1)).or(() -> gazetteer.entity(m.group(1)).filter(e -> e.type() == EntityType.STATE));
    }

    /** "Belarusian state television", "Chinese state media": the end of the outlet phrase, or -1. */
    private static int stateMediaAfter(List<CoreLabel> tokens, int at) {
        if (at >= tokens.size() || !tokens.get(at).word().toLowerCase().matches("state|state-run|state-owned|official")) {
            return -1;
        }
        int j = at + 1;
        while (j < tokens.size() && tokens.get(j).word().toLowerCase().matches("television|tv|media|broadcaster|radio|news|agency|channel|newspaper|outlet")) {
            j++;
        }
        return j > at + 1 ? j : -1;
    }

    /** "Myanmar capital", "the Belarusian capital", "Russia's capital": the end of the phrase, or -1. */
    private static int capitalAfter(List<CoreLabel> tokens, int at) {
        int j = at;
        if (j < tokens.size() && tokens.get(j).tag().equals("POS")) {
            j++;
        }
        return j < tokens.size() && tokens.get(j).word().equalsIgnoreCase("capital") ? j + 1 : -1;
    }

    /**
     * A descriptor is a noun phrase of its own, not the start of a name, title or longer noun:
     * "the State" in "the State Administration Council", "the deputy" in "the deputy minister"
     * and "the state" in "the state news agency" are not.
     */
    private boolean descriptorStandsAlone(List<CoreLabel> tokens, int at, int length) {
        if (at >= 2 && tokens.get(at - 1).word().equals(",") && tokens.get(at - 2).tag().startsWith("NNP")) {
            return false;
        }
        int next = at + length;
        if (next < tokens.size()) {
            CoreLabel t = tokens.get(next);
            if (t.tag().startsWith("NNP") || gazetteer.title(t.word()).isPresent()) {
                return false;
            }
            if (t.word().equals(",") && next + 1 < tokens.size() && tokens.get(next + 1).tag().startsWith("NNP")) {
                return false;
            }
            if (tokens.get(at).tag().equals("DT") && t.tag().startsWith("NN")) {
                return false;
            }
        }
        return true;
    }

    /** After "of", "for", "the", "and": does a domain word follow ("minister of science and technology")? */
    private boolean domainWordAhead(List<CoreLabel> tokens, int at) {
        int j = at;
        while (j < tokens.size() && TITLE_JOINERS.contains(tokens.get(j).word().toLowerCase())) {
            j++;
        }
        for (int k = Math.min(3, tokens.size() - j); k >= 1; k--) {
            var t = gazetteer.title(phrase(tokens, j, j + k));
            if (t.isPresent()) {
                return t.get().kind().equals("domain");
            }
        }
        return false;
    }

    private boolean isTitleWordAhead(List<CoreLabel> tokens, int at) {
        return gazetteer.title(tokens.get(at).word()).filter(t -> !t.kind().equals("honorific")).isPresent();
    }

    private static boolean isNameToken(CoreLabel token) {
        String w = token.word();
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && (token.tag().startsWith("NNP") || "PERSON".equals(token.ner()));
    }

    private static void closeTitle(int s, List<CoreLabel> tokens, String[] tags, List<TitleSpan> titles, int start, int end, boolean hasOffice) {
        if (start < 0) {
            return;
        }
        int last = end;
        while (last > start && !"TITLE".equals(tags[last - 1])) {
            last--;
        }
        if (hasOffice && last > start) {
            titles.add(new TitleSpan(s, start, last, phrase(tokens, start, last)));
            for (int t = start; t < last; t++) {
                if (tags[t] == null) {
                    tags[t] = "TITLE";
                }
            }
        } else {
            for (int t = start; t < last; t++) {
                if ("TITLE".equals(tags[t])) {
                    tags[t] = null;
                }
            }
        }
    }

    private void scanStatisticalNames(int s, List<CoreLabel> tokens, String[] tags, List<Mention> found) {
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            if (tags[i] != null || coveredBy(found, i)) {
                i++;
                continue;
            }
            boolean afterHonorific = i > 0 && "HONORIFIC".equals(tags[i - 1]);
            String ner = tokens.get(i).ner();
            if (afterHonorific && isNameToken(tokens.get(i))) {
                int j = i;
                while (j < n && tags[j] == null && !coveredBy(found, j) && (isNameToken(tokens.get(j)) || "PERSON".equals(tokens.get(j).ner())
                        && Character.isUpperCase(tokens.get(j).word().charAt(0)))) {
                    j++;
                }
                found.add(new Mention(s, i, j, Entity.unlisted(EntityType.PERSON, phrase(tokens, i, j)), Mention.Kind.NAME, phrase(tokens, i, j)));
                i = j;
            } else if (STAT_TAGS.contains(ner) && Character.isUpperCase(tokens.get(i).word().charAt(0))) {
                int j = i;
                while (j < n && tags[j] == null && !coveredBy(found, j) && ner.equals(tokens.get(j).ner())) {
                    j++;
                }
                String text = phrase(tokens, i, j);
                EntityType type = switch (ner) {
                    case "PERSON" -> EntityType.PERSON;
                    case "ORGANIZATION" -> EntityType.ORGANISATION;
                    default -> EntityType.PLACE;
                };
                Optional<Mention> state = type == EntityType.ORGANISATION ? stateEndingAt(found, i) : Optional.empty();
                if (state.isPresent()) {
                    found.remove(state.get());
                    String name = phrase(tokens, state.get().begin(), j);
                    Entity org = new Entity(EntityType.ORGANISATION, name, state.get().entity().country(), "", null, null, "");
                    found.add(new Mention(s, state.get().begin(), j, org, Mention.Kind.NAME, name));
                } else {
                    found.add(new Mention(s, i, j, Entity.unlisted(type, text), Mention.Kind.NAME, text));
                }
                i = j;
            } else {
                i++;
            }
        }
    }

    /** "Pakistan Air Force", "Indian Navy": a state named right before an organisation's name is part of it. */
    private static Optional<Mention> stateEndingAt(List<Mention> found, int token) {
        return found.stream().filter(m -> m.end() == token && m.entity().type() == EntityType.STATE
                && (m.kind() == Mention.Kind.NAME || m.kind() == Mention.Kind.DEMONYM)).findFirst();
    }

    private static boolean coveredBy(List<Mention> found, int token) {
        return found.stream().anyMatch(m -> m.covers(token));
    }

    private static List<TimeMention> dates(int s, List<CoreLabel> tokens) {
        List<TimeMention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            String norm = tokens.get(i).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            if ("DATE".equals(tokens.get(i).ner()) && norm != null) {
                int j = i;
                while (j < tokens.size() && "DATE".equals(tokens.get(j).ner())
                        && norm.equals(tokens.get(j).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class))) {
                    j++;
                }
                String value = TimeMention.calendarValue(norm);
                String words = phrase(tokens, Math.max(0, i - 1), j).toLowerCase(java.util.Locale.ROOT);
                Integer offset = TimeMention.relativeDays(phrase(tokens, i, j));
                boolean anaphoric = words.matches(".*\\b(same|that) (day|date|morning|evening)\\b.*") || offset != null;
                if (value != null || anaphoric) {
                    out.add(new TimeMention(s, i, j, value == null ? "" : value, anaphoric, offset == null ? 0 : offset));
                }
                i = j;
            } else {
                i++;
            }
        }
        return out;
    }

    /** Resolves descriptors and pronouns to entities mentioned before them in the article. */
    private final class Resolver {
        private final Article article;
        private final List<Mention> history = new ArrayList<>();
        private final Map<Entity, Set<String>> titleWords = new HashMap<>();
        private final Map<String, Entity> persons = new HashMap<>();
        private final Map<Integer, List<CoreLabel>> sentenceTokens = new HashMap<>();

        Resolver(Article article) {
            this.article = article;
        }

        Mention resolve(Mention m, List<CoreLabel> tokens) {
            sentenceTokens.put(m.sentence(), tokens);
            return switch (m.kind()) {
                case NAME -> m.entity().type() == EntityType.PERSON && m.entity().wikidata().isEmpty() ? m.withEntity(knownPerson(m.entity())) : m;
                case DEMONYM -> m;
                case PRONOUN -> (m.entity().type() == EntityType.STATE ? lastState(m) : lastPerson(m)).map(m::withEntity).orElse(null);
                case DESCRIPTOR -> m.entity().type() != EntityType.GROUP ? m : descriptor(m).map(m::withEntity).orElse(null);
            };
        }

        /** "Fomin" after "Alexander Fomin" is the same person. */
        private Entity knownPerson(Entity e) {
            String label = Gazetteer.normalise(e.label());
            Entity known = persons.get(label);
            if (known != null) {
                return known;
            }
            for (Mention h : history) {
                String full = Gazetteer.normalise(h.entity().label());
                if (h.entity().type() == EntityType.PERSON && (full.endsWith(" " + label) || full.startsWith(label + " "))) {
                    return h.entity();
                }
            }
            return e;
        }

        /**
         * The person a pronoun means: opening a sentence, the first person of the sentence before
         * (its subject, as a rule); elsewhere the latest one before it, passing over a person just
         * named as the object of "by" or "with" ("welcomed by X on his first visit" is not X's).
         */
        private Optional<Entity> lastPerson(Mention m) {
            if (m.begin() == 0 && m.kind() == Mention.Kind.PRONOUN) {
                Optional<Entity> subject = history.stream()
                        .filter(h -> h.sentence() == m.sentence() - 1 && h.entity().type() == EntityType.PERSON && !afterPreposition(h))
                        .map(Mention::entity).findFirst();
                if (subject.isPresent()) {
                    return subject;
                }
            }
            List<CoreLabel> tokens = sentenceTokens.get(m.sentence());
            if (m.kind() == Mention.Kind.PRONOUN && OBJECT_PRONOUNS.contains(tokens.get(m.begin()).word().toLowerCase(Locale.ROOT))
                    && isObject(tokens, m.begin())) {
                // "Putin received her": the person the sentence before was about, not the one it named last
                Set<Entity> here = new HashSet<>();
                history.stream().filter(h -> h.sentence() == m.sentence() && h.end() <= m.begin()).forEach(h -> here.add(h.entity()));
                Optional<Entity> topic = history.stream()
                        .filter(h -> h.sentence() == m.sentence() - 1 && h.entity().type() == EntityType.PERSON && !afterPreposition(h))
                        .map(Mention::entity).findFirst().filter(e -> !here.contains(e));
                if (topic.isPresent()) {
                    return topic;
                }
            }
            for (int i = history.size() - 1; i >= 0; i--) {
                Mention h = history.get(i);
                if (h.entity().type() == EntityType.PERSON && (h.sentence() < m.sentence() || h.end() <= m.begin())
                        && !(h.sentence() == m.sentence() && h.kind() == Mention.Kind.NAME && afterPreposition(h))
                        && !subjectOfObjectPronoun(h, m)) {
                    return Optional.of(h.entity());
                }
            }
            return Optional.empty();
        }

        /**
         * The person of state {@code iso} that a title without a name means: the latest one the
         * article has given a word of that title ("the Chinese president" after "President Xi");
         * for a title that any head may bear ("leader", "chief") with no such person, the one of
         * that state the article names most.
         */
        private Optional<Entity> personOf(String iso, List<String> title) {
            Map<Entity, Integer> named = new java.util.LinkedHashMap<>();
            Entity best = null;
            int bestScore = 0;
            for (int i = history.size() - 1; i >= 0; i--) {
                Entity e = history.get(i).entity();
                if (e.type() != EntityType.PERSON || iso.isEmpty() || !iso.equals(e.country())) {
                    continue;
                }
                named.merge(e, 1, Integer::sum);
                int score = titleMatch(titleWords.getOrDefault(e, Set.of()), title);
                if (score > bestScore) {
                    best = e;
                    bestScore = score;
                }
            }
            if (best != null) {
                return Optional.of(best);
            }
            if (title.stream().noneMatch(GENERIC_TITLE_WORDS::contains)) {
                return Optional.empty();
            }
            return named.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
        }

        /**
         * How well a person's title words fit the title of a descriptor: one point per shared
         * word, none for a generic one; a rank the person has and the descriptor does not
         * ("vice", "deputy") makes it someone else's title. Zero: no fit.
         */
        private static int titleMatch(Set<String> own, List<String> title) {
            int shared = (int) title.stream().filter(w -> own.contains(w) && !GENERIC_TITLE_WORDS.contains(w)).count();
            boolean otherRank = own.stream().anyMatch(w -> RANK_WORDS.contains(w) && !title.contains(w));
            return otherRank ? 0 : shared;
        }

        /**
         * "Xi received his guest", "the leader told his host": the person last named before the
         * sentence who is none of the persons the sentence has named so far.
         */
        private Optional<Entity> lastPersonNotIn(Mention m) {
            Set<Entity> inSentence = new HashSet<>();
            for (Mention h : history) {
                if (h.sentence() == m.sentence() && h.end() <= m.begin()) {
                    inSentence.add(h.entity());
                }
            }
            for (int i = history.size() - 1; i >= 0; i--) {
                Mention h = history.get(i);
                if (h.entity().type() == EntityType.PERSON && h.sentence() < m.sentence() && !inSentence.contains(h.entity())) {
                    return Optional.of(h.entity());
                }
            }
            return Optional.empty();
        }

        /**
         * "Putin greeted him": an object pronoun right after a verb is not the verb's subject (who
         * would be "himself"), so the person named just before that verb is passed over.
         */
        private boolean subjectOfObjectPronoun(Mention h, Mention m) {
            List<CoreLabel> tokens = sentenceTokens.get(m.sentence());
            if (h.sentence() != m.sentence() || !isObject(tokens, m.begin())
                    || !OBJECT_PRONOUNS.contains(tokens.get(m.begin()).word().toLowerCase(Locale.ROOT))) {
                return false;
            }
            boolean verb = false;
            for (int t = h.end(); t < m.begin(); t++) {
                String tag = tokens.get(t).tag();
                if (tag.startsWith("VB")) {
                    verb = true;
                } else if (!tag.startsWith("RB") && !tag.equals("MD")) {
                    return false;
                }
            }
            return verb;
        }

        /** "him", or "her" not followed by its noun ("received her at", not "her country"): the tagger may call it PRP$. */
        private static boolean isObject(List<CoreLabel> tokens, int at) {
            if (tokens.get(at).tag().equals("PRP")) {
                return true;
            }
            String next = at + 1 < tokens.size() ? tokens.get(at + 1).tag() : ".";
            return tokens.get(at).tag().equals("PRP$") && !next.startsWith("NN") && !next.startsWith("JJ") && !next.equals("CD")
                    && !next.startsWith("VBG");
        }

        private boolean afterPreposition(Mention h) {
            List<CoreLabel> tokens = sentenceTokens.get(h.sentence());
            int t = h.begin() - 1;
            while (t >= 0 && h.begin() - t <= 5 && (Character.isUpperCase(tokens.get(t).word().charAt(0))
                    || tokens.get(t).tag().equals("DT") || tokens.get(t).tag().startsWith("NN"))) {
                t--;
            }
            return t >= 0 && tokens.get(t).word().toLowerCase().matches("by|with");
        }

        /**
         * "it" for a state or government: the nearest state named before it in the sentence, else
         * the first state of the previous sentence, which news usually makes its subject.
         */
        private Optional<Entity> lastState(Mention m) {
            for (int i = history.size() - 1; i >= 0 && history.get(i).sentence() == m.sentence(); i--) {
                Mention h = history.get(i);
                if (h.entity().type() == EntityType.STATE && h.end() <= m.begin()) {
                    return Optional.of(h.entity());
                }
            }
            return history.stream().filter(h -> h.sentence() == m.sentence() - 1 && h.entity().type() == EntityType.STATE)
                    .map(Mention::entity).findFirst();
        }

        private Optional<Entity> descriptor(Mention m) {
            for (String target : m.entity().label().split("\\|")) {
                Optional<Entity> e = target(m, target.strip());
                if (e.isPresent()) {
                    return e;
                }
            }
            return Optional.empty();
        }

        private Optional<Entity> target(Mention m, String target) {
            if (target.equals("type:government")) {
                return lastOfType(EntityType.STATE);
            }
            if (target.equals("type:armed-forces")) {
                return lastOfType(EntityType.ARMED_FORCES).or(() -> byCountry(EntityType.ARMED_FORCES))
                        .or(() -> lastOfType(EntityType.MILITARY_JUNTA)).or(() -> byCountry(EntityType.MILITARY_JUNTA));
            }
            if (target.startsWith("type:")) {
                EntityType type = EntityType.parse(target.substring(5));
                return lastOfType(type).or(() -> byCountry(type));
            }
            if (target.equals("capital")) {
                for (int i = history.size() - 1; i >= 0; i--) {
                    Entity e = history.get(i).entity();
                    if (e.type() == EntityType.CITY && gazetteer.stateWithCapital(e).isPresent()) {
                        return Optional.of(e);
                    }
                }
                return mainState().flatMap(st -> gazetteer.entity(st.capital()));
            }
            if (target.startsWith("person-with-title:")) {
                Set<String> words = new HashSet<>(List.of(Gazetteer.normalise(target.substring(18)).split(" ")));
                for (int i = history.size() - 1; i >= 0; i--) {
                    Entity e = history.get(i).entity();
                    if (e.type() == EntityType.PERSON && titleWords.getOrDefault(e, Set.of()).containsAll(words)) {
                        return Optional.of(e);
                    }
                }
                return Optional.empty();
            }
            if (target.equals("person")) {
                return lastPerson(m);
            }
            if (target.equals("other-person")) {
                return lastPersonNotIn(m);
            }
            if (target.startsWith("person-of:")) {
                String[] parts = target.split(":", 3);
                return personOf(parts[1], List.of(parts[2].split(" ")));
            }
            if (target.equals("salient-person")) {
                Map<Entity, Integer> counts = new java.util.LinkedHashMap<>();
                history.stream().filter(h -> h.entity().type() == EntityType.PERSON).forEach(h -> counts.merge(h.entity(), 1, Integer::sum));
                Entity best = null;
                for (Map.Entry<Entity, Integer> e : counts.entrySet()) {
                    if (best == null || e.getValue() > counts.get(best)) {
                        best = e.getKey();
                    }
                }
                return Optional.ofNullable(best);
            }
            return Optional.empty();
        }

        private Optional<Entity> lastOfType(EntityType type) {
            for (int i = history.size() - 1; i >= 0; i--) {
                Entity e = history.get(i).entity();
                if (e.type() == type) {
                    return Optional.of(e);
                }
            }
            return Optional.empty();
        }

        /** The entity of that type belonging to a state the article has named, e.g. its junta. */
        private Optional<Entity> byCountry(EntityType type) {
            Set<String> countries = new LinkedHashSet<>();
            for (int i = history.size() - 1; i >= 0; i--) {
                countries.add(history.get(i).entity().country());
            }
            for (String iso : countries) {
                for (Entity e : gazetteer.entitiesOf(type, iso)) {
                    if (e.existsOn(article.published())) {
                        return Optional.of(e);
                    }
                }
            }
            return Optional.empty();
        }

        private Optional<Entity> mainState() {
            Map<Entity, Integer> counts = new HashMap<>();
            for (Mention h : history) {
                if (h.entity().type() == EntityType.STATE) {
                    counts.merge(h.entity(), 1, Integer::sum);
                }
            }
            return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
        }

        void remember(Mention m, List<CoreLabel> tokens, String[] tags) {
            history.add(m);
            Entity e = m.entity();
            if (e.type() != EntityType.PERSON || m.kind() != Mention.Kind.NAME) {
                return;
            }
            persons.putIfAbsent(Gazetteer.normalise(e.label()), e);
            Set<String> words = titleWords.computeIfAbsent(e, k -> new HashSet<>());
            int t = m.begin() - 1;
            while (t >= 0 && ("TITLE".equals(tags[t]) || "HONORIFIC".equals(tags[t]) || tokens.get(t).word().equals(","))) {
                words.add(Gazetteer.normalise(tokens.get(t).word()));
                t--;
            }
            t = m.end();
            if (t < tokens.size() && tokens.get(t).word().equals(",")) {
                t++;
                while (t < tokens.size() && ("TITLE".equals(tags[t]) || tokens.get(t).tag().equals("DT"))) {
                    words.add(Gazetteer.normalise(tokens.get(t).word()));
                    t++;
                }
            }
        }
    }
}

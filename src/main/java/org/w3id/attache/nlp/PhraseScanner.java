package org.w3id.attache.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.w3id.attache.intake.Article;

/**
 * Scans a sentence for the gazetteer's phrases, longest first: names of entities (a state
 * followed by "capital" is its capital), titles and honorifics (joined into title spans),
 * descriptors ("the junta"), demonyms, state media ("Belarusian state television") and pronouns.
 */
final class PhraseScanner {
    static final Set<String> PRONOUNS = Set.of("he", "him", "his", "she", "her");
    private static final Set<String> PRONOUNS_IT = Set.of("it", "its");
    private static final Set<String> TITLE_JOINERS = Set.of("of", "for", "the", "and");

    private final Gazetteer gazetteer;
    private final StateNamedOrganisations stateNamed;
    private final LeadersGovernments leaders;

    PhraseScanner(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.stateNamed = new StateNamedOrganisations(gazetteer);
        this.leaders = new LeadersGovernments(gazetteer);
    }

    void scan(Article article, int s, List<CoreLabel> tokens, String[] tags, List<Mention> found, List<TitleSpan> titles) {
        int n = tokens.size();
        int titleStart = -1;
        boolean titleHasOffice = false;
        int i = 0;
        while (i < n) {
            int matched = 0;
            for (int k = Math.min(gazetteer.longestPhrase(), n - i); k >= 1 && matched == 0; k--) {
                String p = TokenText.phrase(tokens, i, i + k);
                if (k == 1 && !Character.isLetter(p.charAt(0))) {
                    break;
                }
                boolean capitalised = Character.isUpperCase(p.charAt(0)) || Character.isDigit(p.charAt(0));
                Optional<Entity> e = capitalised && !acronymInLongerName(tokens, tags, found, i, k) ? gazetteer.entity(p, article.published()) : Optional.empty();
                if (e.isPresent()) {
                    int capital = capitalAfter(tokens, i + k);
                    if (e.get().type() == EntityType.STATE && capital > 0) {
                        Optional<Entity> city = gazetteer.entity(e.get().capital()).filter(c -> c.type() == EntityType.CITY);
                        if (city.isPresent()) {
                            found.add(new Mention(s, i, capital, city.get(), Mention.Kind.DESCRIPTOR, TokenText.phrase(tokens, i, capital)));
                            matched = capital - i;
                            continue;
                        }
                    }
                    Optional<Mention> own = stateNamed.organisation(article, s, tokens, i, i + k, e.get());
                    if (own.isPresent()) {
                        found.add(own.get());
                        matched = own.get().end() - i;
                        continue;
                    }
                    int end = e.get().type() == EntityType.PERSON ? ArabicNameEnds.after(tokens, i + k) : i + k;
                    found.add(new Mention(s, i, end, e.get(), Mention.Kind.NAME, TokenText.phrase(tokens, i, end)));
                    matched = end - i;
                    continue;
                }
                boolean organisationNext = i + k < n && StatisticalNames.namesNoOne(tokens.get(i + k)) && !personAt(tokens, i + k);
                Optional<Gazetteer.TitleWord> title = gazetteer.title(p)
                        .filter(t -> !(capitalised && organisationNext && t.kind().equals("honorific")));
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
                Optional<Gazetteer.Descriptor> d = gazetteer.descriptor(p).filter(x -> x.capitalisedAs(p));
                Optional<Mention> government = d.isPresent() ? leaders.government(s, tokens, found, i, i + k, d.get()) : Optional.empty();
                if (government.isPresent()) {
                    found.add(government.get());
                    matched = k;
                    continue;
                }
                if (d.isPresent() && !(k == 1 && PRONOUNS.contains(p.toLowerCase())) && descriptorStandsAlone(tokens, i, k)
                        && !coveredBy(found, i)) {
                    found.add(new Mention(s, i, i + k, Entity.unlisted(EntityType.GROUP, d.get().resolvesTo()), Mention.Kind.DESCRIPTOR, p));
                    if (d.get().resolvesTo().startsWith("person-with-title:")) {
                        continue;
                    }
                    matched = k;
                    continue;
                }
                Optional<Entity> dem = capitalised && !afterRegionWord(tokens, i) ? gazetteer.demonym(p).or(() -> madeIn(p)) : Optional.empty();
                if (dem.isPresent() && capitalAfter(tokens, i + k) > 0) {
                    int capital = capitalAfter(tokens, i + k);
                    Optional<Entity> city = gazetteer.entity(dem.get().capital()).filter(c -> c.type() == EntityType.CITY);
                    if (city.isPresent()) {
                        found.add(new Mention(s, i, capital, city.get(), Mention.Kind.DESCRIPTOR, TokenText.phrase(tokens, i, capital)));
                        matched = capital - i;
                        continue;
                    }
                }
                if (dem.isPresent()) {
                    int media = stateMediaAfter(tokens, i + k);
                    if (media > 0) {
                        String label = TokenText.phrase(tokens, i, media);
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

    /** Words that make a demonym after them a region's: "Latin American", "South American", "Southeast Asian". */
    private static final Set<String> REGION_WORDS = Set.of("latin", "south", "north", "central", "east", "west", "southeast", "southern",
            "northern", "eastern", "western", "pan", "sub-saharan");

    /** "Latin American leaders" are not American: a demonym after a word of a region names the region, not a state. */
    private static boolean afterRegionWord(List<CoreLabel> tokens, int at) {
        return at > 0 && REGION_WORDS.contains(tokens.get(at - 1).word().toLowerCase(Locale.ROOT));
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

    /** Does a person the gazetteer lists begin at token {@code at}? */
    private boolean personAt(List<CoreLabel> tokens, int at) {
        for (int k = Math.min(gazetteer.longestPhrase(), tokens.size() - at); k >= 1; k--) {
            if (gazetteer.entity(TokenText.phrase(tokens, at, at + k)).filter(e -> e.type() == EntityType.PERSON).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A descriptor is a noun phrase of its own, not the start of a name, title or longer noun:
     * "the State" in "the State Administration Council", "the deputy" in "the deputy minister",
     * "the state" in "the state news agency" and the last word of an organisation's name ("the
     * Defense Acquisition Program Administration") are not, nor is "the North" in "the North African nation".
     */
    private boolean descriptorStandsAlone(List<CoreLabel> tokens, int at, int length) {
        if (at >= 2 && tokens.get(at - 1).word().equals(",") && tokens.get(at - 2).tag().startsWith("NNP")) {
            return false;
        }
        if (at >= 1 && "ORGANIZATION".equals(tokens.get(at).ner()) && "ORGANIZATION".equals(tokens.get(at - 1).ner())) {
            return false;
        }
        int next = at + length;
        if (next < tokens.size()) {
            CoreLabel t = tokens.get(next);
            boolean properAdjective = t.tag().startsWith("JJ") && Character.isUpperCase(t.word().charAt(0));
            if (t.tag().startsWith("NNP") || properAdjective || gazetteer.title(t.word()).isPresent()) {
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
            var t = gazetteer.title(TokenText.phrase(tokens, j, j + k));
            if (t.isPresent()) {
                return t.get().kind().equals("domain");
            }
        }
        return false;
    }

    private boolean isTitleWordAhead(List<CoreLabel> tokens, int at) {
        return gazetteer.title(tokens.get(at).word()).filter(t -> !t.kind().equals("honorific")).isPresent();
    }

    /**
     * "FAME SAC", a Peruvian company: an acronym right after a proper noun that names nothing known
     * is the end of that longer name, not the listed entity the acronym alone stands for (the
     * junta's "SAC"). After a state, a title or a lower-case word ("Myanmar SAC", "the SAC") it is.
     */
    private static boolean acronymInLongerName(List<CoreLabel> tokens, String[] tags, List<Mention> found, int i, int k) {
        return k == 1 && i > 0 && tokens.get(i).word().matches("[A-Z]{2,}") && tags[i - 1] == null && !coveredBy(found, i - 1)
                && tokens.get(i - 1).tag().startsWith("NNP") && Character.isUpperCase(tokens.get(i - 1).word().charAt(0));
    }

    static boolean isNameToken(CoreLabel token) {
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
            titles.add(new TitleSpan(s, start, last, TokenText.phrase(tokens, start, last)));
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

    static boolean coveredBy(List<Mention> found, int token) {
        return found.stream().anyMatch(m -> m.covers(token));
    }
}

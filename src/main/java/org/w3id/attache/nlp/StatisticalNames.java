package org.w3id.attache.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Names CoreNLP's statistical tagger finds that the gazetteer does not list, and names after an honorific. */
final class StatisticalNames {
    /** The entity tags of CoreNLP's statistical NER that name someone or somewhere. */
    static final Set<String> STAT_TAGS = Set.of("PERSON", "ORGANIZATION", "LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE");

    /** CoreNLP's tags for what is no one's name: after "General" such a word makes an office ("the General Office"), not a general. */
    private static final Set<String> NOT_PEOPLE = Set.of("ORGANIZATION", "LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE");

    /** Does CoreNLP tag the token as an organisation's or a place's? Then "General" before it is no rank. */
    static boolean namesNoOne(CoreLabel token) {
        return NOT_PEOPLE.contains(token.ner());
    }

    /** Lower-case words inside personal names: "Abdullah bin Zayed", "Ursula von der Leyen", "Vicente de la O". */
    private static final Set<String> PARTICLES = Set.of("bin", "bint", "ibn", "al", "el", "de", "da", "di", "du", "van", "von", "der", "la",
            "del", "dos", "das", "le");

    /** Words that make the name after them a storm's ("Cyclone Gita", "Typhoon Haiyan"), no one who acts or speaks. */
    private static final Set<String> STORMS = Set.of("cyclone", "typhoon", "hurricane", "storm");

    private StatisticalNames() {
    }

    /** Continues a person's name over a particle followed by more of the name. */
    private static int throughParticles(List<CoreLabel> tokens, String[] tags, List<Mention> found, int j) {
        int k = j;
        while (k < tokens.size() && tags[k] == null && PARTICLES.contains(tokens.get(k).word().toLowerCase(java.util.Locale.ROOT))) {
            k++;
        }
        boolean more = k > j && k < tokens.size() && tags[k] == null && !PhraseScanner.coveredBy(found, k)
                && ("PERSON".equals(tokens.get(k).ner()) || PhraseScanner.isNameToken(tokens.get(k)));
        return more ? k : j;
    }

    /**
     * "Hassan Sheikh Mohamud", "Luis Montenegro": a word the gazetteer lists (an honorific, a
     * state's one-word name) that CoreNLP reads as part of the person's name right after a first
     * name is part of it. An honorific inside a name needs more of the name after it. Returns
     * where the name goes on from, and frees the words it takes.
     */
    private static int throughListedWords(List<CoreLabel> tokens, String[] tags, List<Mention> found, int j) {
        if (j >= tokens.size() || !"PERSON".equals(tokens.get(j).ner()) || !Character.isUpperCase(tokens.get(j).word().charAt(0))) {
            return j;
        }
        boolean nameAfter = j + 1 < tokens.size() && "PERSON".equals(tokens.get(j + 1).ner()) && tags[j + 1] == null
                && !PhraseScanner.coveredBy(found, j + 1);
        if ("HONORIFIC".equals(tags[j]) && nameAfter) {
            tags[j] = null;
            return j;
        }
        Optional<Mention> state = found.stream().filter(m -> m.begin() == j && m.end() == j + 1 && m.kind() == Mention.Kind.NAME
                && m.entity().type() == EntityType.STATE).findFirst();
        if (state.isPresent()) {
            found.remove(state.get());
            tags[j] = null;
        }
        return j;
    }

    /**
     * "Guinean President, Alpha Conde, …": a name right after a person's title (and perhaps a
     * comma) is a person's, whatever the statistical tagger guessed.
     */
    private static boolean afterTitle(List<CoreLabel> tokens, String[] tags, int at) {
        int t = at - 1;
        if (t >= 1 && tokens.get(t).word().equals(",") && "TITLE".equals(tags[t - 1])) {
            t--;
        }
        return t >= 0 && ("TITLE".equals(tags[t]) || "HONORIFIC".equals(tags[t]));
    }

    /** A name as the article prints it, without an editor's brackets: "[Yair] Lapid" and "(Joe) Biden" are Yair Lapid and Joe Biden. */
    private static String label(List<CoreLabel> tokens, int from, int to) {
        return TokenText.phrase(tokens, from, to).replaceAll("[\\[\\]()]", "").replaceAll("\\s+", " ").strip();
    }

    static void scan(int s, List<CoreLabel> tokens, String[] tags, List<Mention> found) {
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            if (tags[i] != null || PhraseScanner.coveredBy(found, i)) {
                i++;
                continue;
            }
            boolean afterHonorific = i > 0 && "HONORIFIC".equals(tags[i - 1]);
            String ner = tokens.get(i).ner();
            if (afterHonorific && PhraseScanner.isNameToken(tokens.get(i)) && !namesNoOne(tokens.get(i))) {
                int j = i;
                while (j < n && tags[j] == null && !PhraseScanner.coveredBy(found, j) && (PhraseScanner.isNameToken(tokens.get(j)) || "PERSON".equals(tokens.get(j).ner())
                        && Character.isUpperCase(tokens.get(j).word().charAt(0)))) {
                    j = throughParticles(tokens, tags, found, j + 1);
                }
                found.add(new Mention(s, i, j, Entity.unlisted(EntityType.PERSON, label(tokens, i, j)), Mention.Kind.NAME, TokenText.phrase(tokens, i, j)));
                i = j;
            } else if (STAT_TAGS.contains(ner) && Character.isUpperCase(tokens.get(i).word().charAt(0))) {
                int j = i;
                while (j < n && tags[j] == null && !PhraseScanner.coveredBy(found, j) && ner.equals(tokens.get(j).ner())) {
                    j = ner.equals("PERSON") ? throughParticles(tokens, tags, found, j + 1) : j + 1;
                    if (ner.equals("PERSON")) {
                        j = throughListedWords(tokens, tags, found, j);
                    }
                }
                if (storm(tokens, i)) {
                    i = j;
                    continue;
                }
                String text = ner.equals("PERSON") ? label(tokens, i, j) : TokenText.phrase(tokens, i, j);
                EntityType type = switch (ner) {
                    case "PERSON" -> EntityType.PERSON;
                    case "ORGANIZATION" -> EntityType.ORGANISATION;
                    default -> afterTitle(tokens, tags, i) ? EntityType.PERSON : EntityType.PLACE;
                };
                Optional<Mention> state = type == EntityType.ORGANISATION ? stateEndingAt(found, i) : Optional.empty();
                Optional<Mention> town = type == EntityType.PLACE && text.matches("(International )?Airport") ? cityEndingAt(found, i) : Optional.empty();
                if (town.isPresent()) {
                    found.remove(town.get());
                    String name = TokenText.phrase(tokens, town.get().begin(), j);
                    found.add(new Mention(s, town.get().begin(), j, Entity.unlisted(EntityType.PLACE, name), Mention.Kind.NAME, name));
                    i = j;
                    continue;
                }
                Optional<Mention> listed = type == EntityType.PERSON ? listedPersonFrom(found, j) : Optional.empty();
                Optional<Mention> firstName = type == EntityType.PERSON && listed.isEmpty() ? cityAsFirstName(tokens, tags, found, i) : Optional.empty();
                if (firstName.isPresent()) {
                    found.remove(firstName.get());
                    int from = firstName.get().begin();
                    tags[from] = null;
                    found.add(new Mention(s, from, j, Entity.unlisted(EntityType.PERSON, label(tokens, from, j)), Mention.Kind.NAME, TokenText.phrase(tokens, from, j)));
                } else if (listed.isPresent()) {
                    found.remove(listed.get());
                    int end = listed.get().end();
                    Entity who = moreOfTheName(tokens, i, listed.get()) ? listed.get().entity() : Entity.unlisted(EntityType.PERSON, label(tokens, i, end));
                    found.add(new Mention(s, i, end, who, Mention.Kind.NAME, TokenText.phrase(tokens, i, end)));
                } else if (state.isPresent()) {
                    found.remove(state.get());
                    String name = TokenText.phrase(tokens, state.get().begin(), j);
                    Entity org = new Entity(EntityType.ORGANISATION, name, state.get().entity().country(), "", null, null, "");
                    found.add(new Mention(s, state.get().begin(), j, org, Mention.Kind.NAME, name));
                } else {
                    String country = type == EntityType.PLACE ? stateNamedAfter(tokens, found, j).map(m -> m.entity().country()).orElse("") : "";
                    found.add(new Mention(s, i, j, new Entity(type, text, country, "", null, null, ""), Mention.Kind.NAME, text));
                }
                i = j;
            } else {
                i++;
            }
        }
    }

    /**
     * "Matamela Cyril Ramaphosa": a name CoreNLP tags right before a person the gazetteer lists is
     * more of that person's name (one the gazetteer leaves out), not someone else.
     */
    private static Optional<Mention> listedPersonFrom(List<Mention> found, int token) {
        return found.stream().filter(m -> m.begin() == token && m.entity().type() == EntityType.PERSON
                && m.kind() == Mention.Kind.NAME).findFirst();
    }

    /**
     * "Emine Erdogan" before "Erdogan" alone names someone else of that family; the words before a
     * surname are more of the listed person's name when one of them is a word of it ("Recep
     * Erdogan", "Vladimir Vladimirovich Putin").
     */
    private static boolean moreOfTheName(List<CoreLabel> tokens, int from, Mention listed) {
        if (listed.end() - listed.begin() > 1) {
            return true;
        }
        for (int t = from; t < listed.begin(); t++) {
            if (NameParts.partOfName(Gazetteer.normalise(tokens.get(t).word()), listed.entity().label())) {
                return true;
            }
        }
        return false;
    }

    /** Is the name at {@code from} a storm's: its first word or the word before it a storm word? */
    private static boolean storm(List<CoreLabel> tokens, int from) {
        return STORMS.contains(tokens.get(from).word().toLowerCase(java.util.Locale.ROOT))
                || from > 0 && STORMS.contains(tokens.get(from - 1).word().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * "President Santiago Peña Palacios": a one-word place the gazetteer found between a title and
     * a person's name is the person's first name, not a city.
     */
    private static Optional<Mention> cityAsFirstName(List<CoreLabel> tokens, String[] tags, List<Mention> found, int token) {
        return found.stream().filter(m -> m.end() == token && m.end() - m.begin() == 1 && m.kind() == Mention.Kind.NAME
                && (m.entity().type() == EntityType.CITY || m.entity().type() == EntityType.PLACE) && afterTitle(tokens, tags, m.begin())).findFirst();
    }

    /** "Kigali International Airport": a city named right before an airport's name is part of it. */
    private static Optional<Mention> cityEndingAt(List<Mention> found, int token) {
        return found.stream().filter(m -> m.end() == token && m.entity().type() == EntityType.CITY && m.kind() == Mention.Kind.NAME).findFirst();
    }

    /** "Pakistan Air Force", "Indian Navy": a state named right before an organisation's name is part of it. */
    /** "Puno, Peru": the state named right after a place and a comma is the one it lies in. */
    private static Optional<Mention> stateNamedAfter(List<CoreLabel> tokens, List<Mention> found, int token) {
        if (token + 1 >= tokens.size() || !tokens.get(token).word().equals(",")) {
            return Optional.empty();
        }
        return found.stream().filter(m -> m.begin() == token + 1 && m.entity().type() == EntityType.STATE && m.kind() == Mention.Kind.NAME).findFirst();
    }

    private static Optional<Mention> stateEndingAt(List<Mention> found, int token) {
        return found.stream().filter(m -> m.end() == token && m.entity().type() == EntityType.STATE
                && (m.kind() == Mention.Kind.NAME || m.kind() == Mention.Kind.DEMONYM)).findFirst();
    }
}

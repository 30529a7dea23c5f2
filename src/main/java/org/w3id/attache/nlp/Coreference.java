package org.w3id.attache.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3id.attache.intake.Article;

/** Resolves descriptors ("the junta", "the Belarusian leader") and pronouns to the entities mentioned before them in the article. */
final class Coreference {
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her");
    /** A descriptor's target for a government named by its leader ("the Biden administration"): the prefix of the leader's name. */
    static final String GOVERNMENT_OF = "government-of:";

    private final List<Mention> history = new ArrayList<>();
    private final PersonTitles titles = new PersonTitles();
    private final DescriptorTargets targets;
    private final Map<String, Entity> persons = new HashMap<>();
    private final Map<String, Entity> places = new HashMap<>();
    private final Map<Integer, List<CoreLabel>> sentenceTokens = new HashMap<>();

    Coreference(Gazetteer gazetteer, Article article) {
        this.targets = new DescriptorTargets(gazetteer, article, history, titles);
    }

    Mention resolve(Mention m, List<CoreLabel> tokens) {
        sentenceTokens.put(m.sentence(), tokens);
        return switch (m.kind()) {
            case NAME -> m.entity().type() == EntityType.PERSON && m.entity().wikidata().isEmpty() ? m.withEntity(knownPerson(m.entity()))
                    : m.entity().type() == EntityType.PLACE ? m.withEntity(knownPlace(m.entity())) : m;
            case DEMONYM -> m;
            case PRONOUN -> (m.entity().type() == EntityType.STATE ? lastState(m) : lastPerson(m)).map(m::withEntity).orElse(null);
            case DESCRIPTOR -> m.entity().type() != EntityType.GROUP ? m : descriptor(m).map(m::withEntity).orElse(null);
        };
    }

    /** The state a person serves: the gazetteer's, else the one the article named before the person's title. */
    Optional<String> stateOf(Entity person) {
        return titles.stateOf(person);
    }

    /** "Puno, Peru" then "Puno": an unlisted place is one place in the article, in the state it was once placed in. */
    private Entity knownPlace(Entity e) {
        Entity known = places.get(e.label());
        if (known == null || known.country().isEmpty() && !e.country().isEmpty()) {
            places.put(e.label(), e);
            return e;
        }
        return known;
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
        for (Mention h : history) {
            if (h.entity().type() == EntityType.PERSON && NameParts.partOfName(label, h.entity().label())) {
                return h.entity();
            }
        }
        return e;
    }

    /**
     * The person a pronoun means: opening a sentence, or with no person named before it in its
     * sentence ("Not only …, he said"), the first person of the sentence before (its subject, as a
     * rule); elsewhere the latest one before it, passing over a person just named as the object of
     * "by" or "with" ("welcomed by X on his first visit" is not X's).
     */
    private Optional<Entity> lastPerson(Mention m) {
        boolean noneBefore = history.stream().noneMatch(h -> h.sentence() == m.sentence() && h.end() <= m.begin() && h.entity().type() == EntityType.PERSON);
        if (m.kind() == Mention.Kind.PRONOUN && (m.begin() == 0 || noneBefore)) {
            List<Mention> before = history.stream()
                    .filter(h -> h.sentence() == m.sentence() - 1 && h.entity().type() == EntityType.PERSON && (!afterPreposition(h) || passiveAgent(h)))
                    .toList();
            Optional<Entity> subject = before.stream().filter(h -> !quoted(h) && !inOpeningParticiple(h)).map(Mention::entity).findFirst()
                    .or(() -> before.stream().map(Mention::entity).findFirst());
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
                    && !(h.sentence() == m.sentence() && h.kind() == Mention.Kind.NAME && (afterPreposition(h) || inRelativeClause(h)))
                    && !subjectOfObjectPronoun(h, m)) {
                return Optional.of(h.entity());
            }
        }
        return Optional.empty();
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

    /**
     * "the summit, which Li chaired; he also joined …": a person named as the subject of a
     * relative clause is a side remark, not who the sentence goes on about.
     */
    private boolean inRelativeClause(Mention h) {
        List<CoreLabel> tokens = sentenceTokens.get(h.sentence());
        int t = h.begin() - 1;
        while (t >= 0 && (tokens.get(t).tag().equals("NNP") || tokens.get(t).tag().equals("JJ") || tokens.get(t).tag().equals("DT"))) {
            t--;
        }
        return t >= 1 && tokens.get(t).word().toLowerCase(Locale.ROOT).matches("which|whom|that") && tokens.get(t - 1).word().equals(",");
    }

    /**
     * '"The Al-Qadir is a fine ship," said Hafez. He added …': a name inside the quotation marks of
     * its sentence is what was said, not who said it or whom the sentence is about.
     */
    private boolean quoted(Mention h) {
        int open = 0;
        for (CoreLabel token : sentenceTokens.get(h.sentence()).subList(0, h.begin())) {
            String w = token.word();
            if (w.equals("``") || w.equals("\u201C")) {
                open++;
            } else if ((w.equals("''") || w.equals("\u201D")) && open > 0) {
                open--;
            } else if (w.equals("\"")) {
                open = open > 0 ? open - 1 : 1;
            }
        }
        return open > 0;
    }

    /**
     * "Praising the leadership of Erdogan, Sharif said …": a name in the participle that opens its
     * sentence, before the first comma, is not the sentence's subject.
     */
    private boolean inOpeningParticiple(Mention h) {
        List<CoreLabel> tokens = sentenceTokens.get(h.sentence());
        if (tokens.isEmpty() || !tokens.get(0).tag().matches("VBG|VBN")) {
            return false;
        }
        for (int t = 0; t < h.begin(); t++) {
            if (tokens.get(t).word().equals(",")) {
                return false;
            }
        }
        return true;
    }

    /** "was confirmed by X": the one a passive verb's "by" names did it, and is what the sentence is about. */
    private boolean passiveAgent(Mention h) {
        List<CoreLabel> tokens = sentenceTokens.get(h.sentence());
        int t = h.begin() - 1;
        while (t >= 0 && h.begin() - t <= 5 && !tokens.get(t).word().equalsIgnoreCase("by")) {
            t--;
        }
        return t >= 1 && tokens.get(t).word().equalsIgnoreCase("by") && "VBN".equals(tokens.get(t - 1).tag());
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
     * the first state of the previous sentence, which news usually makes its subject; but not one
     * named only after that sentence's first finite verb ("The report says that Armenia …. It also
     * says …": "it" is the report).
     */
    private Optional<Entity> lastState(Mention m) {
        for (int i = history.size() - 1; i >= 0 && history.get(i).sentence() == m.sentence(); i--) {
            Mention h = history.get(i);
            if (h.entity().type() == EntityType.STATE && h.end() <= m.begin()) {
                return Optional.of(h.entity());
            }
        }
        return history.stream().filter(h -> h.sentence() == m.sentence() - 1 && h.entity().type() == EntityType.STATE && !afterFiniteVerb(h))
                .map(Mention::entity).findFirst();
    }

    private boolean afterFiniteVerb(Mention h) {
        List<CoreLabel> tokens = sentenceTokens.get(h.sentence());
        return tokens != null && tokens.subList(0, h.begin()).stream().anyMatch(t -> t.tag().matches("VBD|VBZ|VBP|MD"));
    }

    /**
     * "Chile has vetoed the shells Brazil sends to Peru, the government said": a government that
     * speaks after the clause, set off by a comma, is the government of the clause's subject, the
     * state the sentence names first, not the one it names last.
     */
    private boolean attributesTheClause(Mention m) {
        List<CoreLabel> tokens = sentenceTokens.get(m.sentence());
        int begin = m.begin() >= 1 && tokens.get(m.begin() - 1).tag().equals("DT") ? m.begin() - 1 : m.begin();
        return begin >= 2 && tokens.get(begin - 1).word().equals(",") && m.end() < tokens.size()
                && tokens.get(m.end()).tag().startsWith("VB") && tokens.get(m.end()).lemma() != null
                && tokens.get(m.end()).lemma().matches("say|announce|state|add|confirm");
    }

    private Optional<Entity> firstStateOf(int sentence) {
        return history.stream().filter(h -> h.sentence() == sentence && h.entity().type() == EntityType.STATE).map(Mention::entity).findFirst();
    }

    /** "The Biden administration": the government of the person named, if the article ties that person to a state. */
    private Optional<Entity> governmentOf(String name) {
        return titles.stateOf(knownPerson(Entity.unlisted(EntityType.PERSON, name))).flatMap(targets::state);
    }

    private Optional<Entity> descriptor(Mention m) {
        for (String target : m.entity().label().split("\\|")) {
            Optional<Entity> e = switch (target.strip()) {
                case "person" -> lastPerson(m);
                case "other-person" -> lastPersonNotIn(m);
                case "type:government" -> attributesTheClause(m) ? firstStateOf(m.sentence()).or(() -> targets.of("type:government"))
                        : targets.of("type:government");
                default -> target.startsWith(GOVERNMENT_OF) ? governmentOf(target.substring(GOVERNMENT_OF.length())) : targets.of(target.strip());
            };
            if (e.isPresent()) {
                return e;
            }
        }
        return Optional.empty();
    }

    void remember(Mention m, List<CoreLabel> tokens, String[] tags) {
        history.add(m);
        Entity e = m.entity();
        if (e.type() != EntityType.PERSON || m.kind() != Mention.Kind.NAME) {
            return;
        }
        persons.putIfAbsent(Gazetteer.normalise(e.label()), e);
        // "Vucic" in the headline, "Aleksandar Vucic" in the text: later "Vucic" is the full name
        persons.replaceAll((shortName, known) -> known.type() == EntityType.PERSON && !shortName.contains(" ")
                && NameParts.partOfName(shortName, e.label()) ? e : known);
        titles.note(m, tokens, tags, history);
    }
}

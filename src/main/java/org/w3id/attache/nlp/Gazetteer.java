package org.w3id.attache.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The entity, title, descriptor and arms lexicons read from the {@code gazetteer/} data files,
 * with look-up by normalised phrase. Phrases are matched as token sequences by
 * {@link MentionTagger}.
 */
public final class Gazetteer {
    /**
     * What a generic phrase ("the regime", "the capital") refers back to: targets such as
     * {@code type:military-junta}, {@code capital}, {@code person-with-title:T}, tried in order,
     * separated by '|'.
     */
    public record Descriptor(String phrase, String resolvesTo) {
        /**
         * Does {@code text} have the phrase's capitals? A word the list capitalises past the first
         * is part of a name ("the North" for a state): "the north" of a country is a direction.
         */
        public boolean capitalisedAs(String text) {
            String[] listed = phrase.strip().split("\\s+");
            String[] found = text.strip().split("\\s+");
            for (int i = 1; i < listed.length && i < found.length; i++) {
                if (Character.isUpperCase(listed[i].charAt(0)) && !Character.isUpperCase(found[i].charAt(0))) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * A word or phrase of a post title, with its kind: office, domain, rank or honorific; some
     * ranks are common words too ("a major supplier") and count only directly before a name; an
     * abbreviation ("PM", noted "capitals only") stands for its canonical form; the holder of a
     * post noted "leads its delegation" (a president, a prime minister, a king) leads any delegation
     * they travel in.
     */
    public record TitleWord(String phrase, String kind, String canonical, boolean onlyBeforeName, boolean abbreviation, boolean leadsDelegation) {
    }

    private final Map<String, List<Entity>> byAlias = new HashMap<>();
    private final java.util.Set<String> capitalsOnly = new java.util.HashSet<>();
    private final Map<String, Entity> byDemonym = new HashMap<>();
    private final Map<String, Entity> countriesByIso = new HashMap<>();
    private final List<Entity> entities = new ArrayList<>();
    private final Map<String, Descriptor> descriptors = new HashMap<>();
    private final Map<String, TitleWord> titles = new HashMap<>();
    private final ArmsLexicon arms = new ArmsLexicon();
    private final Map<String, String> postWikidata = new HashMap<>();
    private final Map<String, String> placeTowns = new HashMap<>();
    /** "Entebbe International Airport": an airport named after its town lies in it. */
    private static final java.util.regex.Pattern AIRPORT = java.util.regex.Pattern.compile("(.+?) (?:International )?Airport");
    /** Places whose note says they stand for a government: the Kremlin, the White House. */
    private final java.util.Set<String> seatsOfPower = new java.util.HashSet<>();
    /** Parts of the world that no state holds: "Asia", "the Middle East". */
    private final java.util.Set<String> worldRegions = new java.util.HashSet<>();
    private int longestPhrase = 1;

    private Gazetteer() {
    }

    /** The gazetteer shipped on the class path under {@code /gazetteer/}. */
    public static Gazetteer bundled() {
        Gazetteer g = new Gazetteer();
        g.readCountries(open("countries.tsv"));
        g.readEntities(open("entities.tsv"));
        g.readTable(open("state-forms.tsv"), c -> g.addLongForms(c[0].strip()));
        g.readTable(open("descriptors.tsv"), c -> {
            if (!col(c, 2).contains("plural")) {
                g.descriptors.put(normalise(c[0]), new Descriptor(c[0], c[1].strip() + fallback(col(c, 2))));
            }
        });
        g.readTable(open("titles.tsv"), c -> g.addTitle(c));
        g.readTable(open("arms.tsv"), c -> g.arms.add(c[0], c[1], col(c, 3)));
        g.readTable(open("subdivisions.tsv"), c -> g.addSubdivision(c));
        g.readTable(open("posts.tsv"), c -> g.postWikidata.put(c[0].strip() + "\t" + normalise(c[1]), col(c, 2)));
        g.readTable(open("world-regions.tsv"), c -> g.worldRegions.add(withoutThe(normalise(c[0]))));
        return g;
    }

    private static InputStream open(String name) {
        InputStream in = Gazetteer.class.getResourceAsStream("/gazetteer/" + name);
        if (in == null) {
            throw new IllegalStateException("gazetteer file missing from the class path: gazetteer/" + name);
        }
        return in;
    }

    /** Is the place a part of the world that no state holds ({@code world-regions.tsv})? */
    public boolean isWorldRegion(Entity place) {
        return place != null && place.type().isPlace() && worldRegions.contains(withoutThe(normalise(place.label())));
    }

    private static String withoutThe(String name) {
        return name.startsWith("the ") ? name.substring(4) : name;
    }

    /** Lower case, typographic apostrophes and dashes folded, spaces collapsed. */
    public static String normalise(String phrase) {
        return phrase.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u2013', '-').replace('\u2014', '-')
                .replaceAll("\\s+", " ").strip();
    }

    private void readTable(InputStream in, Consumer<String[]> row) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length >= 2) {
                    row.accept(cols);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readCountries(InputStream in) {
        readTable(in, c -> {
            // iso2 iso3 name demonyms wikidata capital
            Entity state = new Entity(EntityType.STATE, c[2].strip(), c[0].strip(), col(c, 4), null, null, col(c, 5));
            add(state, state.label());
            add(state, c[1].strip());
            countriesByIso.put(state.country(), state);
            for (String demonym : col(c, 3).split("[,|]")) {
                if (!demonym.isBlank()) {
                    byDemonym.putIfAbsent(normalise(demonym), state);
                    longestPhrase = Math.max(longestPhrase, normalise(demonym).split(" ").length);
                }
            }
            if (!state.capital().isBlank()) {
                add(new Entity(EntityType.CITY, state.capital(), state.country(), "", null, null, ""), state.capital());
            }
        });
    }

    /**
     * Every state's long name made of {@code form} and its short name ("Republic of" + "Ghana"),
     * with and without "the", unless the gazetteer already gives that name to an entity.
     */
    private void addLongForms(String form) {
        for (Entity state : List.copyOf(countriesByIso.values())) {
            for (String name : List.of(form + " " + state.label(), form + " the " + state.label())) {
                if (!byAlias.containsKey(normalise(name))) {
                    add(state, name);
                }
            }
        }
    }

    private void readEntities(InputStream in) {
        readTable(in, c -> {
            // type label aliases country wikidata note
            EntityType type = EntityType.parse(c[0]);
            String note = col(c, 5);
            LocalDate from = noteDate(note, "from=");
            LocalDate to = noteDate(note, "to=");
            String capital = "";
            Entity existing = type == EntityType.STATE ? countriesByIso.get(col(c, 3)) : null;
            if (existing != null) {
                capital = existing.capital();
            }
            Entity e = new Entity(type, c[1].strip(), col(c, 3), col(c, 4), from, to, capital);
            String town = noteValue(note, "in=");
            if (type == EntityType.PLACE && !town.isEmpty()) {
                placeTowns.put(e.label(), town);
            }
            if (type == EntityType.PLACE && note.contains("stands for")) {
                seatsOfPower.add(e.label());
            }
            if (type == EntityType.CITY) {
                replaceCapitalSpelling(e, e.label() + "|" + col(c, 2));
            }
            if (existing != null) {
                countriesByIso.put(e.country(), e);
            }
            add(e, e.label());
            for (String alias : col(c, 2).split("\\|")) {
                if (!alias.isBlank()) {
                    add(e, alias);
                }
            }
        });
    }

    /** Each "fallback=type:government" in a descriptor's note becomes "|type:government", in order. */
    private static String fallback(String note) {
        StringBuilder out = new StringBuilder();
        for (String item : note.split(";")) {
            if (item.strip().startsWith("fallback=")) {
                out.append('|').append(item.strip().substring(9).strip());
            }
        }
        return out.toString();
    }

    private static LocalDate noteDate(String note, String key) {
        String value = noteValue(note, key);
        return value.isEmpty() ? null : LocalDate.parse(value);
    }

    /** The value of "key=value" among a note's ';'-separated items, or "". */
    private static String noteValue(String note, String key) {
        for (String item : note.split(";")) {
            item = item.strip();
            if (item.startsWith(key)) {
                return item.substring(key.length()).strip();
            }
        }
        return "";
    }

    /**
     * A city line whose label or alias is a capital's name in countries.tsv takes over that
     * capital: its spelling, aliases and Wikidata id win over the bare entry countries.tsv made.
     */
    private void replaceCapitalSpelling(Entity city, String aliases) {
        for (String alias : aliases.split("\\|")) {
            Entity state = countriesByIso.get(city.country());
            if (state != null && normalise(state.capital()).equals(normalise(alias))) {
                Entity renamed = new Entity(state.type(), state.label(), state.country(), state.wikidata(), null, null, city.label());
                countriesByIso.put(state.country(), renamed);
                byAlias.replaceAll((k, v) -> v.stream().map(x -> x == state ? renamed : x).toList());
                entities.replaceAll(v -> v == state ? renamed : v);
                entities.removeIf(v -> v.type() == EntityType.CITY && normalise(v.label()).equals(normalise(alias)));
                byAlias.replaceAll((k, v) -> v.stream()
                        .filter(x -> !(x.type() == EntityType.CITY && x != city && normalise(x.label()).equals(normalise(alias)))).toList());
            }
        }
    }

    private void addSubdivision(String[] c) {
        // country name type
        if (c.length < 3) {
            return;
        }
        Entity region = new Entity(EntityType.REGION, c[1].strip(), c[0].strip(), "", null, null, "");
        String name = normalise(region.label());
        byAlias.putIfAbsent(name + " " + normalise(c[2]), List.of(region));
        longestPhrase = Math.max(longestPhrase, (name + " " + normalise(c[2])).split(" ").length);
    }

    private void addTitle(String[] c) {
        String phrase = normalise(c[0]);
        titles.put(phrase, new TitleWord(phrase, c[1].strip(), c.length > 2 && !c[2].isBlank() ? normalise(c[2]) : phrase,
                col(c, 3).contains("only directly before a personal name"), col(c, 3).contains("capitals only"),
                col(c, 3).contains("leads its delegation")));
        longestPhrase = Math.max(longestPhrase, phrase.split(" ").length);
    }

    private static String col(String[] c, int i) {
        return i < c.length ? c[i].strip() : "";
    }

    private void add(Entity e, String alias) {
        String key = normalise(alias);
        if (alias.strip().length() <= 5 && alias.strip().equals(alias.strip().toUpperCase(Locale.ROOT))) {
            capitalsOnly.add(key);
        }
        List<Entity> old = byAlias.getOrDefault(key, List.of());
        if (old.contains(e)) {
            return;
        }
        List<Entity> list = new ArrayList<>(old);
        if (!old.isEmpty() && old.get(0).type() == EntityType.CITY && e.type() != EntityType.CITY) {
            list.add(0, e);
        } else {
            list.add(e);
        }
        byAlias.put(key, List.copyOf(list));
        if (!entities.contains(e)) {
            entities.add(e);
        }
        longestPhrase = Math.max(longestPhrase, key.split(" ").length);
    }

    /** The entity a phrase names, whatever the date. */
    public Optional<Entity> entity(String phrase) {
        return entity(phrase, null);
    }

    /**
     * The entity a phrase names on a date (null: any date); a short all-capitals alias (US, AA)
     * matches only in capitals.
     */
    public Optional<Entity> entity(String phrase, LocalDate on) {
        String key = normalise(phrase);
        if (capitalsOnly.contains(key) && !phrase.equals(phrase.toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        List<Entity> all = byAlias.get(key);
        if (all == null) {
            return Optional.empty();
        }
        List<Entity> named = on == null ? all : all.stream().filter(e -> e.existsOn(on)).toList();
        return named.size() > 1 && ambiguous(named) ? Optional.empty() : named.stream().findFirst();
    }

    /**
     * Does a name denote two entities at once ("NLD": the Netherlands' ISO code and the National
     * League for Democracy)? Such a name resolves to nothing, so no fact and no Wikidata link goes
     * to the wrong one. A state and its capital of the same name (Singapore) are not ambiguous:
     * the state is meant, as before; entities whose periods do not overlap are not either.
     */
    private static boolean ambiguous(List<Entity> named) {
        List<Entity> states = named.stream().filter(e -> e.type() == EntityType.STATE).toList();
        List<Entity> rest = named.stream().filter(e -> !(e.type() == EntityType.CITY
                && states.stream().anyMatch(st -> normalise(st.capital()).equals(normalise(e.label()))))).toList();
        for (int i = 0; i < rest.size(); i++) {
            for (int j = i + 1; j < rest.size(); j++) {
                if (overlap(rest.get(i), rest.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean overlap(Entity a, Entity b) {
        return (a.validTo() == null || b.validFrom() == null || !a.validTo().isBefore(b.validFrom()))
                && (b.validTo() == null || a.validFrom() == null || !b.validTo().isBefore(a.validFrom()));
    }

    public Optional<Entity> demonym(String phrase) {
        return Optional.ofNullable(byDemonym.get(normalise(phrase)));
    }

    public Optional<Descriptor> descriptor(String phrase) {
        return Optional.ofNullable(descriptors.get(normalise(phrase)));
    }

    /** "World leaders Xi and Modi": a plural of a word any head bears names no post. */
    private static final Set<String> GENERIC_PLURALS = Set.of("leader", "head", "chief", "official", "member", "representative", "delegate");

    public Optional<TitleWord> title(String phrase) {
        String key = normalise(phrase);
        TitleWord t = titles.get(key);
        if (t == null && key.length() > 3 && key.endsWith("s")) {
            // "Deputy Prime Ministers X and Y", "Ministers A and B": an office named in the plural
            t = titles.get(key.substring(0, key.length() - 1));
            t = t != null && t.kind().equals("office") && !GENERIC_PLURALS.contains(t.canonical()) ? t : null;
        }
        return Optional.ofNullable(t);
    }

    /** Is the word an office named in the plural ("Ministers", "Presidents"), as {@link #title} reads it? */
    public boolean pluralTitle(String word) {
        String key = normalise(word);
        return !titles.containsKey(key) && title(word).isPresent();
    }

    /** The arms and goods lexicon: categories of items and the states that make them. */
    public ArmsLexicon arms() {
        return arms;
    }

    /** The verified Wikidata id of a state's post ({@code RU}, {@code president}), from {@code posts.tsv}. */
    public Optional<String> postWikidata(String iso2, String canonicalTitle) {
        return Optional.ofNullable(postWikidata.get(iso2 + "\t" + normalise(canonicalTitle))).filter(q -> !q.isEmpty());
    }

    public Optional<Entity> country(String iso2) {
        return Optional.ofNullable(countriesByIso.get(iso2));
    }

    /**
     * The city a place is in: a listed place's, where the gazetteer says so ("Great Hall of the
     * People": Beijing), or the listed city an airport is named after ("Kigali International Airport").
     */
    public Optional<Entity> cityOf(Entity place) {
        if (place.type() != EntityType.PLACE) {
            return Optional.empty();
        }
        java.util.regex.Matcher airport = AIRPORT.matcher(place.label());
        String town = placeTowns.getOrDefault(place.label(), airport.matches() ? airport.group(1) : null);
        return town == null ? Optional.empty() : entity(town).filter(c -> c.type() == EntityType.CITY);
    }

    /** Does a place stand for a government, so that it may speak ("the Kremlin said")? */
    public boolean isSeatOfPower(Entity place) {
        return place.type() == EntityType.PLACE && seatsOfPower.contains(place.label());
    }

    /** The state whose capital is {@code city}, if it is one. */
    public Optional<Entity> stateWithCapital(Entity city) {
        if (city.type() != EntityType.CITY) {
            return Optional.empty();
        }
        return country(city.country()).filter(s -> normalise(s.capital()).equals(normalise(city.label())));
    }

    /** The state an entity belongs to: itself if a state, the state whose capital it is, or its country's state. */
    public Optional<Entity> stateOf(Entity e) {
        if (e.type() == EntityType.STATE) {
            return Optional.of(e);
        }
        return stateWithCapital(e).or(() -> country(e.country()));
    }

    /** All entities of a type in a country, e.g. the military junta of MM. */
    public List<Entity> entitiesOf(EntityType type, String iso2) {
        return entities.stream().filter(e -> e.type() == type && e.country().equals(iso2)).toList();
    }

    public List<Entity> entities() {
        return List.copyOf(entities);
    }

    /** The longest listed phrase in tokens; bounds the matcher's look-ahead. */
    public int longestPhrase() {
        return longestPhrase;
    }
}

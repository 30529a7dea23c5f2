package org.w3id.attache.nlp;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A canonical entity: a gazetteer entry, or a name NER found that the gazetteer lacks.
 *
 * @param type what it is
 * @param label the canonical name
 * @param country ISO 3166-1 alpha-2 code of its country, or empty
 * @param wikidata a verified Wikidata id, or empty
 * @param validFrom the first day its names denote it (e.g. a junta's coup), or null
 * @param validTo the last day its names denote it, or null
 * @param capital for a state, the label of its capital city, or empty
 */
public record Entity(EntityType type, String label, String country, String wikidata, LocalDate validFrom, LocalDate validTo, String capital) {
    public Entity {
        Objects.requireNonNull(type);
        Objects.requireNonNull(label);
        country = country == null ? "" : country;
        wikidata = wikidata == null ? "" : wikidata;
        capital = capital == null ? "" : capital;
    }

    public static Entity unlisted(EntityType type, String label) {
        return new Entity(type, label, "", "", null, null, "");
    }

    /** Do its names denote it on {@code date}? */
    public boolean existsOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }
}

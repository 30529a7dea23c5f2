package org.w3id.attache.link;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.w3id.attache.mapping.Vocab;

/**
 * The kinds of entity the online linker looks up, each with the attache class it reads and the
 * Wikidata classes (P31, or a direct P279 superclass of it) a candidate must have. Only classes
 * with a verified id ({@code verified-ids.tsv}) are used, so kinds without one (government
 * bodies, armed forces, regions, other places) are left to the gazetteer.
 */
public enum EntityKind {
    PERSON(Vocab.Person.getURI(), "Q5"),
    STATE(Vocab.State.getURI(), "Q6256", "Q3624078"),
    CITY(Vocab.City.getURI(), "Q515", "Q5119"),
    MEDIA_OUTLET(Vocab.MediaOutlet.getURI(), "Q192283"),
    POLITICAL_PARTY(Vocab.PoliticalParty.getURI(), "Q7278"),
    MILITARY_JUNTA(Vocab.MilitaryJunta.getURI(), "Q25424534"),
    POST(Vocab.Post.getURI(), "Q4164871", "Q294414");

    private final String attacheClass;
    private final Set<String> wikidataClasses;

    EntityKind(String attacheClass, String... wikidataClasses) {
        this.attacheClass = attacheClass;
        this.wikidataClasses = Set.of(wikidataClasses);
    }

    public String attacheClass() {
        return attacheClass;
    }

    /** Does a candidate with these classes (P31 values and their P279 parents) have this kind? */
    public boolean accepts(Set<String> classes) {
        return classes.stream().anyMatch(wikidataClasses::contains);
    }

    public static Optional<EntityKind> ofClass(String iri) {
        return Arrays.stream(values()).filter(k -> k.attacheClass.equals(iri)).findFirst();
    }
}

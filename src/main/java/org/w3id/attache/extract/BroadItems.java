package org.w3id.attache.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3id.attache.nlp.AnalysedArticle;
import org.w3id.attache.nlp.ArmsLexicon;
import org.w3id.attache.nlp.Entity;
import org.w3id.attache.nlp.Gazetteer;

/**
 * "Chile has bought 12 F-16 fighter jets from Norway … Norway will hand the aircraft over in
 * March": a supply that names only a class of goods ("the aircraft", "24 jets", "the equipment")
 * beside a supply between the same sides that names a design of that class says the same
 * transfer again less exactly, and is dropped. Goods the lexicon does not class ("rice"), a
 * different count, or a class the design does not belong to ("ammunition" beside "F-16 fighter
 * jets") keep the broad supply.
 */
final class BroadItems implements ArticlePass {

    /**
     * The class that takes in every design: "military equipment". "Weapons" does not: a story
     * that Russia supplies weapons and has sold six Su-30 jets tells two things.
     */
    private static final String UMBRELLA = "military-equipment";
    /** Classes of aircraft that "aircraft" takes in. */
    private static final Set<String> AIRCRAFT = Set.of("fighter-aircraft", "transport-aircraft", "trainer-aircraft", "helicopter", "attack-helicopter");

    private final HomeStates homes;
    private final ArmsLexicon arms;

    BroadItems(Gazetteer gazetteer) {
        this.homes = new HomeStates(gazetteer);
        this.arms = gazetteer.arms();
    }

    @Override
    public List<Fact> apply(List<Fact> facts, AnalysedArticle doc) {
        return ArticlePass.without(facts, FactType.SUPPLY, broad -> arms.namesOnlyAClass(broad.value("item"))
                && facts.stream().anyMatch(exact -> exact.type() == FactType.SUPPLY && arms.namesDesign(exact.value("item"))
                        && sameSide(broad.role("supplier"), exact.role("supplier")) && sameSide(broad.role("recipient"), exact.role("recipient"))
                        && takesIn(broad.value("item"), exact.value("item"))));
    }

    /** Does the broad item's class take in the exact item's design, with no count that tells them apart? */
    private boolean takesIn(String broad, String exact) {
        Optional<String> wide = arms.categoryOfItem(broad);
        Optional<String> narrow = arms.categoryOfItem(exact);
        if (wide.isEmpty() || narrow.isEmpty() || !sameCount(broad, exact)) {
            return false;
        }
        return UMBRELLA.equals(wide.get()) || wide.get().equals(narrow.get()) || wide.get().equals("aircraft") && AIRCRAFT.contains(narrow.get());
    }

    /** Two items of which at most one gives a count, or both the same one. */
    private static boolean sameCount(String a, String b) {
        Optional<String> ca = count(a);
        Optional<String> cb = count(b);
        return ca.isEmpty() || cb.isEmpty() || ca.equals(cb);
    }

    private static Optional<String> count(String item) {
        String first = item.strip().split("\\s+")[0];
        return first.chars().allMatch(Character::isDigit) && !first.isEmpty() ? Optional.of(first) : Optional.empty();
    }

    private boolean sameSide(Entity a, Entity b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.equals(b) || homes.sameState(a, b);
    }
}

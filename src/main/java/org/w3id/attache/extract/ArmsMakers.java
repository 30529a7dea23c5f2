package org.w3id.attache.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3id.attache.nlp.AnalysedArticle;
import org.w3id.attache.nlp.Entity;
import org.w3id.attache.nlp.Gazetteer;
import org.w3id.attache.nlp.Mention;

/**
 * "Belgrade is negotiating with France on 12 Rafale jets": a supply whose supplier the sentence
 * leaves open is filled from the article's context, but when the sentence names the state that
 * makes the design ({@code maker} in {@code gazetteer/arms.tsv}), that state is the supplier. A
 * supplier the sentence names itself ("Poland sent its F-16s") is never replaced. A maker is
 * never the recipient of its own design: such a supply was read the wrong way round.
 */
final class ArmsMakers implements ArticlePass {

    private final Gazetteer gazetteer;
    private final HomeStates homes;

    ArmsMakers(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.homes = new HomeStates(gazetteer);
    }

    @Override
    public List<Fact> apply(List<Fact> facts, AnalysedArticle doc) {
        List<Fact> out = new ArrayList<>(facts.size());
        for (Fact f : facts) {
            out.add(f.type() != FactType.SUPPLY ? f
                    : boughtByItsMaker(f) ? f.withRole("supplier", f.role("recipient")).withRole("recipient", f.role("supplier"))
                    : makerNamed(f, facts, doc).map(m -> f.withRole("supplier", m)).orElse(f));
        }
        return out;
    }

    /**
     * "Macron's visit to Serbia opened with the purchase of 12 Rafale jets": read with the
     * sides the wrong way round, the maker buys its own design. No state buys back what it makes
     * from a state that does not, so the sides are swapped.
     */
    private boolean boughtByItsMaker(Fact supply) {
        Optional<Entity> maker = gazetteer.arms().makerOfItem(supply.value("item")).flatMap(gazetteer::country);
        Entity supplier = supply.role("supplier");
        Entity recipient = supply.role("recipient");
        return maker.isPresent() && supplier != null && recipient != null
                && homes.sameState(recipient, maker.get()) && !homes.sameState(supplier, maker.get());
    }

    /**
     * The maker that should replace a supplier the sentence does not name: one the sentence
     * names, or any maker when the story never has that supplier supply anything itself (it was
     * only a state the story told of: "Chile received its Rafales … Peru plans to buy 12 Rafale
     * jets" is no sale by Chile).
     */
    private Optional<Entity> makerNamed(Fact supply, List<Fact> facts, AnalysedArticle doc) {
        Optional<Entity> maker = gazetteer.arms().makerOfItem(supply.value("item")).flatMap(gazetteer::country);
        Entity supplier = supply.role("supplier");
        Entity recipient = supply.role("recipient");
        if (maker.isEmpty() || supplier == null || recipient == null
                || homes.sameState(supplier, maker.get()) || homes.sameState(recipient, maker.get())
                || namedIn(doc, supply.sentence(), supplier)) {
            return Optional.empty();
        }
        boolean suppliesElsewhere = facts.stream().anyMatch(g -> g != supply && g.type() == FactType.SUPPLY && g.sentence() != supply.sentence()
                && g.role("supplier") != null && homes.sameState(g.role("supplier"), supplier));
        return namedIn(doc, supply.sentence(), maker.get()) || !suppliesElsewhere ? maker : Optional.empty();
    }

    private boolean namedIn(AnalysedArticle doc, int sentence, Entity actor) {
        for (Mention m : doc.mentions(sentence)) {
            if (m.entity().equals(actor) || homes.sameState(m.entity(), actor)) {
                return true;
            }
        }
        return false;
    }
}

package org.w3id.attache.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3id.attache.nlp.AnalysedArticle;
import org.w3id.attache.nlp.ArmsLexicon;
import org.w3id.attache.nlp.Entity;
import org.w3id.attache.nlp.EntityType;
import org.w3id.attache.nlp.Gazetteer;

/**
 * "France will sell 24 Rafale jets to Egypt": an arms transfer from one state to another is
 * military cooperation between them (CAMEO files military aid and arms sales under material
 * cooperation), told in the supply's sentence, with its date and factuality. The cooperation is
 * signed when the supply was read from a deal, contract, order or purchase, planned when the
 * supply is still to come, and ongoing otherwise. Goods that are not arms, a supplier or recipient
 * that is not a state (a company, an armed group), a denied supply, one only alleged or supposed
 * ("accused of supplying", "could sell"), and a pair whose military
 * cooperation the article already tells add nothing.
 */
final class ArmsTies implements ArticlePass {

    static final String RULE = "cooperation.arms-transfer";
    private static final String MILITARY = "military";
    /** The certainty of a supply only alleged, denied or supposed: no tie is told by it. */
    private static final String POSSIBLE = "possible";
    /** Categories of the arms lexicon that are not arms. */
    private static final Set<String> NOT_ARMS = Set.of("non-military-aid", "goods");
    private static final Set<EntityType> STATES = Set.of(EntityType.STATE, EntityType.MILITARY_JUNTA);
    private static final Pattern DEAL = Pattern.compile(".*\\.(deal|contract|order|purchase|buy|acquire|acquisition|procure|procurement)$");

    private final ArmsLexicon arms;

    ArmsTies(Gazetteer gazetteer) {
        this.arms = gazetteer.arms();
    }

    @Override
    public List<Fact> apply(List<Fact> facts, AnalysedArticle doc) {
        List<Fact> out = new ArrayList<>(facts);
        for (Fact supply : facts) {
            if (!isArmsTransfer(supply)) {
                continue;
            }
            Entity supplier = supply.role("supplier");
            Entity recipient = supply.role("recipient");
            if (out.stream().noneMatch(f -> isMilitaryCooperation(f, supplier, recipient))) {
                out.add(cooperation(supply, supplier, recipient));
            }
        }
        return out;
    }

    private boolean isArmsTransfer(Fact f) {
        if (f.type() != FactType.SUPPLY || f.negated() || POSSIBLE.equals(f.certainty())) {
            return false;
        }
        Entity supplier = f.role("supplier");
        Entity recipient = f.role("recipient");
        if (supplier == null || recipient == null || !STATES.contains(supplier.type()) || !STATES.contains(recipient.type())
                || supplier.equals(recipient)) {
            return false;
        }
        Optional<String> category = arms.categoryOfItem(f.value("item") == null ? "" : f.value("item"));
        return category.isPresent() && !NOT_ARMS.contains(category.get());
    }

    private static boolean isMilitaryCooperation(Fact f, Entity a, Entity b) {
        return f.type() == FactType.COOPERATION && !f.negated() && MILITARY.equals(f.value("domain")) && f.sides().equals(Set.of(a, b));
    }

    private static Fact cooperation(Fact supply, Entity supplier, Entity recipient) {
        Map<String, List<Entity>> roles = new LinkedHashMap<>();
        roles.put("party", List.of(supplier));
        roles.put("counterparty", List.of(recipient));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("domain", MILITARY);
        values.put("status", supply.future() ? "planned" : DEAL.matcher(supply.ruleId()).matches() ? "signed" : "ongoing");
        return new Fact(FactType.COOPERATION, RULE, supply.sentence(), roles, values, supply.date(), supply.certainty(), false, supply.future(),
                supply.hedge(), supply.hedged(), supply.attributedTo(), supply.flashback());
    }
}

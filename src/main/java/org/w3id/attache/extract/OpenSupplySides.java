package org.w3id.attache.extract;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3id.attache.nlp.AnalysedArticle;
import org.w3id.attache.nlp.Entity;
import org.w3id.attache.nlp.Mention;

/** The side of a supply its sentence leaves open, read from the clause around it and from the article. */
final class OpenSupplySides {
    /** Words of goods going somewhere: "sales to", "exports to", "delivered to". */
    private static final Pattern GOODS_GO = Pattern.compile("sale|sell|export|delivery|deliver|transfer|shipment|ship|supply|provide");

    private final ContextRoles context;

    OpenSupplySides(ContextRoles context) {
        this.context = context;
    }

    /** Who supplies goods to {@code recipientState} when the sentence names no supplier: the state the article names most. */
    Optional<Entity> supplier(AnalysedArticle doc, Entity recipientState) {
        return context.mainState(doc, recipientState);
    }

    /**
     * Who receives goods when the trigger's sentence names no recipient: for a trigger with no
     * subject of its own, the state that acts in the clause above it, when it is not the
     * supplier's ("Chile received frigates ordered from Britain": Chile, not the state the story
     * names most); else {@link #mainRecipient}. A trigger's own subject is its supplier's side,
     * unless it is the goods themselves ("the first of 10 frigates" as the parser may hang it).
     */
    Optional<Entity> recipient(ParsedSentence s, IndexedWord trigger, Entity supplierState) {
        boolean ownSubject = s.graph.outgoingEdgeList(trigger).stream()
                .anyMatch(e -> e.getRelation().toString().startsWith("nsubj") && !isGoods(s, e.getDependent()));
        Optional<Entity> agent = ownSubject ? Optional.empty()
                : context.clauseAgent(s, trigger).map(context::stateOf).filter(st -> st != null && !st.equals(supplierState));
        return agent.isPresent() ? agent : mainRecipient(s.doc, supplierState);
    }

    private boolean isGoods(ParsedSentence s, IndexedWord subject) {
        return s.entity(subject).isEmpty() && s.graph.descendants(subject).stream().noneMatch(d -> s.entity(d).isPresent());
    }

    /**
     * Where an article has goods go, other than {@code except}: the one state it names as where
     * sales, exports or deliveries go ("arms sales to Taiwan"), so that a supply whose recipient
     * its sentence leaves open does not go to a state the story names more often for another
     * reason; else, or if it names several, the state it names most ({@link ContextRoles#mainState}).
     */
    private Optional<Entity> mainRecipient(AnalysedArticle doc, Entity except) {
        Set<Entity> destinations = new LinkedHashSet<>();
        for (Mention m : doc.mentions()) {
            Entity st = context.stateOf(m.entity());
            if (st != null && !st.equals(except) && goodsGoTo(doc, m)) {
                destinations.add(st);
            }
        }
        return destinations.size() == 1 ? Optional.of(destinations.iterator().next()) : context.mainState(doc, except);
    }

    private static boolean goodsGoTo(AnalysedArticle doc, Mention m) {
        var graph = doc.dependencies(m.sentence());
        IndexedWord node = graph == null ? null : graph.getNodeByIndexSafe(m.end());
        return node != null && graph.incomingEdgeList(node).stream().anyMatch(e -> e.getRelation().toString().matches("(nmod|obl):to")
                && e.getGovernor().lemma() != null && GOODS_GO.matcher(e.getGovernor().lemma()).matches());
    }
}

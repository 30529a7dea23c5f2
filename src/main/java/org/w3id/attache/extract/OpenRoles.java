package org.w3id.attache.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3id.attache.nlp.Entity;
import org.w3id.attache.nlp.Gazetteer;

/**
 * The roles a candidate's sentence leaves open, filled from what the article has told: the place
 * of a visit from the clause or the dateline, the sides of a cooperation or a supply from the
 * story's states, a meeting's or a delegation's leader from the story's visitor, a statement's
 * outlet.
 */
final class OpenRoles {

    private final Gazetteer gazetteer;
    private final ContextRoles context;
    private final OpenSupplySides supplySides;
    private final HomeStates homes;

    OpenRoles(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.context = new ContextRoles(gazetteer);
        this.supplySides = new OpenSupplySides(context);
        this.homes = new HomeStates(gazetteer);
    }

    /**
     * Roles the type needs that the sentence leaves open, from what the article has said. A role
     * the sentence gives to someone it names or ties to a state ({@code spoken}: "the Kenyan leader
     * came with …" where no Kenyan was resolved) is not left open, so it is not the story's last
     * visitor; "the head of state was accompanied by …" still is. Nor is a side of a supply or a
     * cooperation the sentence gives to states it does not name ({@code groups}).
     */
    void fill(ParsedSentence s, IndexedWord trigger, FactType type, Map<String, List<Filler>> fill, Set<String> spoken,
                                 Set<String> groups, StorySoFar story) {
        switch (type) {
            case VISIT -> {
                if (!fill.containsKey("destination")) {
                    Optional<Entity> visitor = fill.getOrDefault("visitor", List.of()).stream().map(Filler::entity).filter(e -> e != null).findFirst();
                    boolean here = saysHere(s, trigger);
                    placeInClause(s, trigger)
                            .or(() -> here ? Optional.empty() : visitor.flatMap(story::lastDestinationOf).map(d -> new Filler(d, "", "story", "context", 99)))
                            .or(() -> dateline(s, here))
                            .ifPresent(f -> fill.put("destination", List.of(f)));
                }
            }
            case COOPERATION -> {
                if (fill.containsKey("party") && !fill.containsKey("counterparty") && !groups.contains("counterparty")) {
                    Entity party = gazetteer.stateOf(fill.get("party").get(0).entity()).orElse(null);
                    List<Entity> others = context.recurringStatesInContext(s, party);
                    if (!others.isEmpty()) {
                        fill.put("counterparty", List.of(new Filler(others.get(0), "", "context", "context", 99)));
                    }
                } else if (!fill.containsKey("party")) {
                    List<Entity> told = story.lastParties(homes, s.index);
                    boolean bothSides = ContextRoles.bothSidesSubject(s, trigger) && told.size() == 2;
                    List<Entity> pair = bothSides ? told : context.recurringStatesInContext(s, null);
                    if (pair.size() >= 2 && !fill.containsKey("counterparty")) {
                        fill.put("party", List.of(new Filler(pair.get(0), "", "context", "context", 99)));
                        fill.put("counterparty", List.of(new Filler(pair.get(1), "", "context", "context", 99)));
                    }
                }
            }
            case SUPPLY -> {
                if (!fill.containsKey("supplier") && !fill.containsKey("recipient") && fill.containsKey("item")) {
                    story.lastSupply().ifPresent(last -> {
                        fill.put("supplier", List.of(new Filler(last.role("supplier"), "", "story", "context", 99)));
                        fill.put("recipient", List.of(new Filler(last.role("recipient"), "", "story", "context", 99)));
                    });
                } else if (fill.containsKey("supplier") && !fill.containsKey("recipient") && !groups.contains("recipient")) {
                    supplySides.recipient(s, trigger, gazetteer.stateOf(fill.get("supplier").get(0).entity()).orElse(null))
                            .ifPresent(r -> fill.put("recipient", List.of(new Filler(r, "", "context", "context", 99))));
                } else if (fill.containsKey("recipient") && !fill.containsKey("supplier") && !groups.contains("supplier")) {
                    supplySides.supplier(s.doc, gazetteer.stateOf(fill.get("recipient").get(0).entity()).orElse(null))
                            .ifPresent(r -> fill.put("supplier", List.of(new Filler(r, "", "context", "context", 99))));
                }
            }
            case MEETING -> {
                if (fill.containsKey("counterpart") && !fill.containsKey("participant") && !spoken.contains("participant")) {
                    story.lastVisitor().ifPresent(v -> fill.put("participant", List.of(new Filler(v, "", "context", "context", 99))));
                }
            }
            case DELEGATION -> {
                if (!fill.containsKey("leader") && !spoken.contains("leader")) {
                    story.lastVisitor().ifPresent(v -> fill.put("leader", List.of(new Filler(v, "", "context", "context", 99))));
                }
            }
            case STATEMENT -> {
                if (!fill.containsKey("medium")) {
                    ContextRoles.outletSaidIn(s, trigger).ifPresent(o -> fill.put("medium", List.of(new Filler(o, "", "outlet", "name", 0))));
                }
            }
            default -> { }
        }
    }

    /** A place the trigger's clause names ("in Moscow on Monday"). */
    private Optional<Filler> placeInClause(ParsedSentence s, IndexedWord trigger) {
        for (SemanticGraphEdge e : s.graph.outgoingEdgeIterable(clauseOf(s, trigger))) {
            String rel = e.getRelation().toString();
            if (rel.equals("obl:in") || rel.equals("obl:to") || rel.equals("obl:at")) {
                Optional<Entity> place = s.entity(e.getDependent()).filter(p -> p.type().isPlace());
                if (place.isPresent()) {
                    return Optional.of(new Filler(place.get(), "", "clause-" + rel.substring(4), "name", Math.abs(e.getDependent().index() - trigger.index())));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The verb whose clause the trigger stands in, or the trigger itself; for a participle before
     * a noun ("the visiting minister warned in Bamako"), the verb of that noun.
     */
    private static IndexedWord clauseOf(ParsedSentence s, IndexedWord trigger) {
        IndexedWord clause = trigger;
        for (SemanticGraphEdge in : s.graph.incomingEdgeIterable(trigger)) {
            IndexedWord up = in.getGovernor();
            if (up.tag() != null && up.tag().startsWith("VB")) {
                clause = up;
            } else if (in.getRelation().toString().equals("amod") && Participles.isParticiple(trigger)) {
                clause = Participles.verbOfName(s, up).orElse(clause);
            }
        }
        return clause;
    }

    /** Do the trigger ("his visit here") or its clause say "here", the place the story was filed? */
    private static boolean saysHere(ParsedSentence s, IndexedWord trigger) {
        for (IndexedWord head : List.of(trigger, clauseOf(s, trigger))) {
            for (SemanticGraphEdge e : s.graph.outgoingEdgeIterable(head)) {
                if (e.getRelation().toString().equals("advmod") && e.getDependent().word().equalsIgnoreCase("here")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Where the story was filed, for a visit whose place its clause does not give, nor (unless
     * the clause says "here") an earlier visit of the same visitor: "During his visit, …" after
     * "Oli's visit to China" is that visit, wherever the story was filed.
     */
    private Optional<Filler> dateline(ParsedSentence s, boolean here) {
        String slot = here ? "here" : "dateline";
        return gazetteer.entity(org.w3id.attache.nlp.Dateline.place(s.doc.article().body())).filter(e -> e.type().isPlace())
                .map(e -> new Filler(e, "", slot, slot, 99));
    }
}

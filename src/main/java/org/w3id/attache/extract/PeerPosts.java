package org.w3id.attache.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3id.attache.nlp.Entity;
import org.w3id.attache.nlp.Gazetteer;

/**
 * Post holdings whose post the text gives through another holder (the peer), marked by their rule
 * with {@code title-from=counterpart} or {@code title-from=predecessor}:
 * <ul>
 * <li>"Defence Minister Sergei Shoigu met his Chinese counterpart, Dong Jun": the counterpart holds
 * the peer's post in the counterpart's own state (from the demonym, else the gazetteer), never the
 * peer's;</li>
 * <li>"General Maung Maung Aye was named defence minister. He replaces Tin Aung San": the one
 * replaced held the peer's post, in the same state.</li>
 * </ul>
 * The peer's post is its current holding in the article, the latest stated before (else the first
 * after). Without one, no holding is kept.
 */
final class PeerPosts implements ArticlePass {

    private final Gazetteer gazetteer;

    PeerPosts(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public List<Fact> apply(List<Fact> facts, org.w3id.attache.nlp.AnalysedArticle doc) {
        List<Fact> out = new ArrayList<>(facts.size());
        for (Fact f : facts) {
            String mode = f.type() == FactType.POSITION ? f.value("title-from") : "";
            if (mode.isEmpty()) {
                out.add(f);
                continue;
            }
            peersHolding(f, facts).flatMap(peer -> "counterpart".equals(mode) ? counterpart(f, peer) : predecessor(f, peer))
                    .ifPresent(out::add);
        }
        return out;
    }

    private static Optional<Fact> peersHolding(Fact f, List<Fact> facts) {
        Entity peer = f.role("peer");
        Fact before = null;
        Fact after = null;
        for (Fact g : facts) {
            boolean held = g.type() == FactType.POSITION && peer != null && peer.equals(g.role("holder")) && !g.negated()
                    && !g.future() && !"former".equals(g.value("status")) && !g.values().containsKey("title-from");
            if (held && g.sentence() <= f.sentence()) {
                before = g;
            } else if (held && after == null) {
                after = g;
            }
        }
        return Optional.ofNullable(before != null ? before : after);
    }

    private Optional<Fact> counterpart(Fact f, Fact peer) {
        Entity state = f.role("organisation") != null ? f.role("organisation") : gazetteer.stateOf(f.role("holder")).orElse(null);
        Entity peerState = peer.role("organisation") == null ? null : gazetteer.stateOf(peer.role("organisation")).orElse(null);
        if (state == null || state.equals(peerState)) {
            return Optional.empty();
        }
        return Optional.of(withPost(f, peer.value("title"), state));
    }

    private static Optional<Fact> predecessor(Fact f, Fact peer) {
        if (f.role("holder").equals(peer.role("holder"))) {
            return Optional.empty();
        }
        return Optional.of(withPost(f, peer.value("title"), peer.role("organisation")));
    }

    private static Fact withPost(Fact f, String title, Entity organisation) {
        Map<String, List<Entity>> roles = new LinkedHashMap<>(f.roles());
        roles.remove("peer");
        roles.remove("organisation");
        if (organisation != null) {
            roles.put("organisation", List.of(organisation));
        }
        Map<String, String> values = new LinkedHashMap<>(f.values());
        values.remove("title-from");
        values.put("title", title);
        return new Fact(f.type(), f.ruleId(), f.sentence(), roles, values, f.date(), f.certainty(), f.negated(), f.future(),
                f.hedge(), f.hedged(), f.attributedTo(), f.flashback());
    }
}

package org.w3id.attache.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.w3id.attache.nlp.AnalysedArticle;
import org.w3id.attache.nlp.Entity;
import org.w3id.attache.nlp.Gazetteer;

/**
 * A delegation is led by the one whose post leads delegations: in "the finance minister, who came
 * with the president" the sentence's subject is the president's companion, not the leader. When
 * the article gives the member such a post (a president, a prime minister; {@code titles.tsv}
 * notes "leads its delegation") and the leader none, the two change places; a swap that repeats a
 * fact already found is dropped. Two who both lead ("the prime minister travelled with the
 * president to Sydney") are two delegations, unless the article ties both to one state. A member
 * the article ties to another state than the leader's is not theirs; and a member a sentence gives
 * to two leaders ("Sisi and King Abdullah, accompanied by their foreign ministers") stays only
 * with the leader of the member's own state, or with neither when the article does not say.
 */
final class DelegationLeaders implements ArticlePass {

    private final Gazetteer gazetteer;
    private final HomeStates homes;

    DelegationLeaders(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.homes = new HomeStates(gazetteer);
    }

    @Override
    public List<Fact> apply(List<Fact> facts, AnalysedArticle doc) {
        Set<String> known = new HashSet<>();
        facts.forEach(f -> known.add(FactKey.of(f)));
        List<Fact> out = new ArrayList<>();
        for (Fact f : facts) {
            Entity leader = f.role("leader");
            Entity member = f.role("member");
            if (f.type() != FactType.DELEGATION || leader == null || member == null || !leads(member, facts)) {
                out.add(f);
                continue;
            }
            if (leads(leader, facts)) {
                if (oneState(leader, member, facts)) {
                    out.add(f);
                }
                continue;
            }
            Fact swapped = f.withRole("leader", member).withRole("member", leader);
            if (known.add(FactKey.of(swapped))) {
                out.add(swapped);
            }
        }
        return ownSide(out);
    }

    /** The facts without delegations whose member is of another state than the leader, or is shared by two leaders of a sentence. */
    private List<Fact> ownSide(List<Fact> facts) {
        List<Fact> out = new ArrayList<>();
        for (Fact f : facts) {
            if (f.type() != FactType.DELEGATION || f.role("leader") == null || f.role("member") == null) {
                out.add(f);
                continue;
            }
            Entity leader = f.role("leader");
            Entity member = f.role("member");
            boolean shared = facts.stream().anyMatch(g -> g.type() == FactType.DELEGATION && g.sentence() == f.sentence()
                    && member.equals(g.role("member")) && g.role("leader") != null && !leader.equals(g.role("leader")));
            boolean apart = homes.of(leader, facts).flatMap(x -> homes.of(member, facts).filter(y -> !HomeStates.same(x, y))).isPresent();
            if (!apart && (!shared || oneState(leader, member, facts))) {
                out.add(f);
            }
        }
        return out;
    }

    private boolean oneState(Entity a, Entity b, List<Fact> facts) {
        return homes.of(a, facts).flatMap(x -> homes.of(b, facts).filter(y -> HomeStates.same(x, y))).isPresent();
    }

    /** Does the article give the person a post, held and not denied, whose holder leads delegations? */
    private boolean leads(Entity person, List<Fact> facts) {
        return facts.stream().anyMatch(f -> f.type() == FactType.POSITION && person.equals(f.role("holder")) && !f.negated()
                && !"former".equals(f.value("status"))
                && gazetteer.title(f.value("title")).filter(Gazetteer.TitleWord::leadsDelegation).isPresent());
    }
}

package org.w3id.attache.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether a predicted row states the same fact as a gold row (its key fields), and which of
 * its attributes are right, by the rules of {@code score.py}: a visit is visitor, destination
 * (a city counts for its country) and date; a meeting its two people, either order, and date; a
 * position person and title; cooperation the two parties and domain; supply supplier, recipient
 * and item; a statement speaker and date; attendance person and event; a delegation its leader
 * and member.
 */
public final class KeyMatch {
    private static final Map<String, String> DOMAIN = Map.of("defence", "military", "defense", "military", "arms", "military",
            "investment", "economic", "business", "economic", "political", "diplomatic");
    private static final Map<String, String> STATUS = Map.of("not-started", "planned", "proposed", "discussed", "requested", "discussed",
            "agreed", "signed");

    /** An attribute and whether the prediction has it right. */
    public record Attribute(String name, boolean right) {
    }

    private final Names names;

    public KeyMatch(Names names) {
        this.names = names;
    }

    public boolean matches(RecordKind kind, List<String> g, List<String> p) {
        return switch (kind) {
            case VISIT -> same(g.get(0), p.get(0)) && names.sameEntity(g.get(1), p.get(1), true) && Names.sameDate(g.get(2), p.get(2));
            case MEETING, COOPERATION -> eitherOrder(kind, g, p);
            case POSITION -> same(g.get(0), p.get(0)) && Names.samePhrase(g.get(1), p.get(1), 0.5);
            case SUPPLY -> names.sameEntity(g.get(0), p.get(0), true) && names.sameEntity(g.get(1), p.get(1), true)
                    && Names.samePhrase(g.get(2), p.get(2), 0.3);
            case STATEMENT -> same(g.get(0), p.get(0)) && Names.sameDate(g.get(2), p.get(2));
            case ATTENDANCE -> same(g.get(0), p.get(0)) && Names.samePhrase(g.get(1), p.get(1), 0.3);
            case ACCOMPANIED -> same(g.get(0), p.get(0)) && same(g.get(1), p.get(1));
        };
    }

    private boolean same(String gold, String pred) {
        return names.sameEntity(gold, pred, false);
    }

    private boolean eitherOrder(RecordKind kind, List<String> g, List<String> p) {
        boolean parties = kind == RecordKind.COOPERATION;
        for (int flip = 0; flip < 2; flip++) {
            String a = p.get(flip);
            String b = p.get(1 - flip);
            if (names.sameEntity(g.get(0), a, parties) && names.sameEntity(g.get(1), b, parties)) {
                if (!parties && Names.sameDate(g.get(2), p.get(2))) {
                    return true;
                }
                if (parties && Names.sameWord(DOMAIN, g.get(2), p.get(2))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The attributes scored on a matched pair. */
    public List<Attribute> attributes(RecordKind kind, List<String> g, List<String> p) {
        List<Attribute> out = new ArrayList<>();
        switch (kind) {
            case VISIT -> {
                if (!g.get(3).isEmpty()) {
                    out.add(new Attribute("host", same(g.get(3), p.get(3))));
                }
            }
            case POSITION -> {
                if (!g.get(2).isEmpty()) {
                    out.add(new Attribute("organization", names.sameEntity(g.get(2), p.get(2), true)));
                }
                if (!g.get(3).isEmpty()) {
                    out.add(new Attribute("status", Names.norm(g.get(3)).equals(Names.norm(p.get(3)))));
                }
            }
            case COOPERATION -> {
                if (!g.get(3).isEmpty()) {
                    out.add(new Attribute("status", Names.sameWord(STATUS, g.get(3), p.get(3))));
                }
            }
            case SUPPLY -> {
                if (!g.get(3).isEmpty()) {
                    out.add(new Attribute("hedged", Names.yes(g.get(3)) == Names.yes(p.get(3))));
                }
            }
            case STATEMENT -> {
                if (!g.get(1).isEmpty()) {
                    out.add(new Attribute("medium", same(g.get(1), p.get(1))));
                }
            }
            case ATTENDANCE, ACCOMPANIED -> {
                if (!g.get(2).isEmpty()) {
                    out.add(new Attribute("date", Names.sameDate(g.get(2), p.get(2))));
                }
            }
            default -> { }
        }
        return out;
    }
}

package org.w3id.attache.train;

import java.util.List;
import java.util.Optional;
import org.w3id.attache.eval.RecordKind;
import org.w3id.attache.extract.Fact;
import org.w3id.attache.nlp.Entity;

/**
 * A fact as the row its competency query would give (the gold file's fields), or nothing when
 * the query would not show it: negated facts, and visits, meetings, attendance and delegations
 * the text only announces.
 */
final class FactRow {

    private FactRow() {
    }

    static Optional<List<String>> of(Fact f) {
        if (f.negated()) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (f.type()) {
            case VISIT -> f.future() ? null : List.of(label(f, "visitor", 0), label(f, "destination", 0), f.date(), label(f, "host", 0));
            case MEETING -> f.future() ? null : List.of(label(f, "participant", 0), label(f, "participant", 1), f.date(), f.value("topic"));
            case POSITION -> List.of(label(f, "holder", 0), f.value("title"), label(f, "organisation", 0), f.value("status"));
            case COOPERATION -> List.of(label(f, "party", 0), label(f, "counterparty", 0), f.value("domain"), f.value("status"));
            case SUPPLY -> List.of(label(f, "supplier", 0), label(f, "recipient", 0), f.value("item"), Boolean.toString(f.hedged()));
            case STATEMENT -> List.of(label(f, "speaker", 0), label(f, "medium", 0), f.date(), f.value("content"));
            case ATTENDANCE -> f.future() ? null : List.of(label(f, "attendee", 0), label(f, "event", 0), f.date());
            case DELEGATION -> f.future() ? null : List.of(label(f, "leader", 0), label(f, "member", 0), f.date());
        });
    }

    static RecordKind kind(Fact f) {
        return f.type().id().equals("delegation") ? RecordKind.ACCOMPANIED : RecordKind.of(f.type().id()).orElseThrow();
    }

    private static String label(Fact f, String role, int i) {
        List<Entity> es = f.roles().get(role);
        return es == null || es.size() <= i ? "" : es.get(i).label();
    }
}

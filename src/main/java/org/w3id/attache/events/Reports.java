package org.w3id.attache.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.w3id.attache.mapping.Vocab;

/**
 * Reads a stored fact as a {@link Report} of an event. Facts the text negates or only plans
 * (future tense) report no event; nor does a fact without the entities that identify its event.
 * A report's key ends with the year its date begins in (its article's, when it gives none), so
 * that a write re-clusters only that year's reports of the same participants: an event reported
 * on both sides of a new year (a trip from 30 December) is two events.
 */
final class Reports {
    private final StoredFacts facts;

    Reports(StoredFacts facts) {
        this.facts = facts;
    }

    /** The report a fact makes, if it makes one. */
    Optional<Report> of(Node fact) {
        Optional<EventKind> kind = facts.values(fact, RDF.type.asNode()).stream().map(EventKind::of)
                .flatMap(Optional::stream).findFirst();
        if (kind.isEmpty() || said(fact, Vocab.polarity, Vocab.negative) || said(fact, Vocab.tense, Vocab.future)) {
            return Optional.empty();
        }
        Optional<Node> article = facts.value(fact, Vocab.article.asNode());
        Optional<StoredFacts.ArticleInfo> info = article.flatMap(facts::article);
        if (info.isEmpty()) {
            return Optional.empty();
        }
        EventKind k = kind.get();
        List<String> keyParts = new ArrayList<>();
        List<Node> actors = new ArrayList<>();
        for (var role : k.keyRoles()) {
            List<Node> fillers = facts.values(fact, role.asNode());
            if (fillers.isEmpty()) {
                return Optional.empty();
            }
            TreeSet<String> ids = new TreeSet<>();
            fillers.forEach(f -> ids.add(facts.identity(f)));
            keyParts.add(String.join(",", ids));
            actors.addAll(fillers);
        }
        if (k.symmetric()) {
            if (k == EventKind.MEETING && keyParts.get(0).indexOf(',') < 0) {
                return Optional.empty(); // a meeting needs two sides
            }
            keyParts.sort(null);
        }
        for (var role : k.otherRoles()) {
            facts.values(fact, role.asNode()).stream().filter(a -> !actors.contains(a)).forEach(actors::add);
        }
        Node setting = null;
        switch (k) {
            case VISIT -> {
                Optional<Node> destination = facts.value(fact, Vocab.destination.asNode());
                if (destination.isEmpty()) {
                    return Optional.empty();
                }
                setting = destination.get();
                keyParts.add(facts.identity(facts.stateOf(setting)));
            }
            case ATTENDANCE -> {
                Optional<Node> occasion = facts.value(fact, Vocab.attendedEvent.asNode());
                if (occasion.isEmpty()) {
                    return Optional.empty();
                }
                setting = occasion.get();
                keyParts.add("occasion:" + occasionName(facts.label(setting)));
            }
            case COOPERATION -> keyParts.add(facts.value(fact, Vocab.domain.asNode()).filter(Node::isURI)
                    .map(d -> d.getURI().substring(d.getURI().lastIndexOf('#') + 1)).orElse("domain-other"));
            default -> { }
        }
        DateSpan date = facts.value(fact, Vocab.date.asNode()).filter(Node::isLiteral)
                .flatMap(d -> DateSpan.parse(d.getLiteralLexicalForm())).orElse(null);
        // the year keeps a key's reports few however long the store's record of a pair
        int year = date != null ? date.first().getYear() : info.get().published().getYear();
        keyParts.add(Integer.toString(year));
        return Optional.of(new Report(fact, k, k.label() + "|" + String.join("|", keyParts), List.copyOf(actors), setting, date,
                article.get(), info.get().outlet(), info.get().published(), certainty(fact)));
    }

    /**
     * "The G20 Summit", "G20 summit" and "the 18th G20 summit" name one occasion: case, a leading
     * article and ordinals ("18th", "third", "annual") are set aside. Which year's summit is the
     * date's to tell.
     */
    static String occasionName(String label) {
        return (" " + label.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ")
                .replaceAll(" (the|\\d+(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|annual)(?= )", " ")
                .replaceAll(" +", " ").strip();
    }

    private boolean said(Node fact, Property p, Resource value) {
        return facts.values(fact, p.asNode()).contains(value.asNode());
    }

    private int certainty(Node fact) {
        List<Node> c = facts.values(fact, Vocab.certainty.asNode());
        if (c.contains(Vocab.possible.asNode())) {
            return 1;
        }
        return c.contains(Vocab.probable.asNode()) ? 2 : 3;
    }
}

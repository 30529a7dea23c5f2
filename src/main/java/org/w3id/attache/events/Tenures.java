package org.w3id.attache.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.w3id.attache.extract.BundledFile;
import org.w3id.attache.mapping.Iris;
import org.w3id.attache.mapping.Vocab;

/**
 * Post mentions as tenures: one per person, post and organisation, with every fact that reports
 * it, the first and last article that does, the start where a text dates the appointment, the end
 * where it dates the appointment of a successor (and the latest report calls the post former), and
 * current or former as the latest report says. A tenure's key is its holder's identity, so all of
 * a person's tenures are rebuilt together.
 */
public final class Tenures {
    /** Rules whose fact date is the day the post was taken ("was named foreign minister in May"). */
    public static final String APPOINTMENT_RULES = "position.named";
    /** Rules dated by an appointment: the start of a current holding, the end of a former one ({@code rules/tenure-dates.tsv}). */
    private static final List<String> DATED_BY_APPOINTMENT = BundledFile.lines("/rules/tenure-dates.tsv", "the tenure dates table").stream()
            .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();

    private final StoredFacts facts;

    Tenures(StoredFacts facts) {
        this.facts = facts;
    }

    /** One report of a post held. */
    record Holding(Node fact, String key, Node holder, Node post, Node organisation, String slot, boolean former,
            DateSpan start, DateSpan end, LocalDate published) {
    }

    /** The holding a fact reports, if it is a post-holding the text does not negate. */
    Optional<Holding> of(Node fact) {
        if (!facts.values(fact, RDF.type.asNode()).contains(Vocab.PostHolding.asNode())
                || facts.values(fact, Vocab.polarity.asNode()).contains(Vocab.negative.asNode())) {
            return Optional.empty();
        }
        Optional<Node> holder = facts.value(fact, Vocab.holder.asNode());
        Optional<Node> post = facts.value(fact, Vocab.post.asNode());
        Optional<LocalDate> published = facts.value(fact, Vocab.article.asNode()).flatMap(facts::article)
                .map(StoredFacts.ArticleInfo::published);
        if (holder.isEmpty() || post.isEmpty() || published.isEmpty()) {
            return Optional.empty();
        }
        Node organisation = facts.value(fact, Vocab.organisation.asNode())
                .or(() -> facts.value(post.get(), Vocab.organisation.asNode())).orElse(null);
        String slot = facts.identity(post.get()) + "|" + (organisation == null ? "" : facts.identity(organisation));
        boolean appointment = facts.value(fact, Vocab.rule.asNode()).filter(Node::isLiteral)
                .map(r -> DATED_BY_APPOINTMENT.stream().anyMatch(r.getLiteralLexicalForm()::startsWith)).orElse(false);
        DateSpan date = appointment ? facts.value(fact, Vocab.date.asNode()).filter(Node::isLiteral)
                .flatMap(d -> DateSpan.parse(d.getLiteralLexicalForm())).orElse(null) : null;
        boolean former = facts.values(fact, Vocab.holdingStatus.asNode()).contains(Vocab.former.asNode());
        return Optional.of(new Holding(fact, "tenure|" + facts.identity(holder.get()), holder.get(), post.get(), organisation,
                slot, former, former ? null : date, former ? date : null, published.get()));
    }

    /** Writes the tenures of one holder's holdings (all of them share a key) into {@code target} (the events graph, or a graph standing for it). */
    void write(List<Holding> holdings, Graph target) {
        Map<String, List<Holding>> bySlot = new TreeMap<>();
        holdings.forEach(h -> bySlot.computeIfAbsent(h.slot(), s -> new ArrayList<>()).add(h));
        for (List<Holding> tenure : bySlot.values()) {
            tenure.sort(Comparator.comparing(Holding::published).thenComparing(h -> h.fact().toString()));
            Holding first = tenure.get(0);
            Holding latest = tenure.get(tenure.size() - 1);
            Node t = NodeFactory.createURI(EventWriter.baseOf(first.fact()) + "tenure/"
                    + Iris.hash(first.key() + "|" + first.slot()).substring(0, 16));
            target.add(t, RDF.type.asNode(), Vocab.Tenure.asNode());
            target.add(t, Vocab.mergeKey.asNode(), NodeFactory.createLiteralString(first.key()));
            target.add(t, Vocab.tenureHolder.asNode(), tenure.stream().map(Holding::holder).min(Comparator.comparing(Node::toString)).orElseThrow());
            target.add(t, Vocab.tenurePost.asNode(), tenure.stream().map(Holding::post).min(Comparator.comparing(Node::toString)).orElseThrow());
            tenure.stream().map(Holding::organisation).filter(o -> o != null).min(Comparator.comparing(Node::toString))
                    .ifPresent(o -> target.add(t, Vocab.tenureOrganisation.asNode(), o));
            tenure.forEach(h -> target.add(t, Vocab.reportedBy.asNode(), h.fact()));
            target.add(t, Vocab.firstReported.asNode(), EventWriter.day(first.published()));
            target.add(t, Vocab.lastReported.asNode(), EventWriter.day(latest.published()));
            target.add(t, Vocab.tenureStatus.asNode(), (latest.former() ? Vocab.former : Vocab.current).asNode());
            tenure.stream().map(Holding::start).filter(s -> s != null).min(Comparator.comparing(DateSpan::first)
                    .thenComparingInt(DateSpan::coarseness))
                    .ifPresent(s -> target.add(t, Vocab.tenureStart.asNode(), EventWriter.dateLiteral(s.lexical())));
            if (latest.former()) {
                tenure.stream().map(Holding::end).filter(e -> e != null).max(Comparator.comparing(DateSpan::last)
                        .thenComparingInt(e -> -e.coarseness()))
                        .ifPresent(e -> target.add(t, Vocab.tenureEnd.asNode(), EventWriter.dateLiteral(e.lexical())));
            }
        }
    }
}

package org.w3id.attache.link;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.attache.mapping.WikidataLink;
import org.w3id.attache.store.Store;

/**
 * Links the store's unlinked entities to Wikidata items found over SPARQL: batched look-ups by
 * name ({@link CandidateLookup}), precision-first choice ({@link LinkScorer}), and one write
 * transaction for all the links, each recorded with method, score, time and endpoint. An item
 * is never given to two entities: one already linked keeps it, and two entities that would both
 * get it in one run both stay unlinked. Each round is one write transaction: if the endpoint
 * fails, the links of the rounds already finished stay and nothing else changes.
 */
public final class OnlineLinker {
    /**
     * What a run did.
     *
     * @param examined unlinked entities looked up
     * @param linked links written
     * @param noCandidate entities whose name matched no item of their kind
     * @param undecided entities with candidates but none clearly right
     * @param requests HTTP requests sent (cached answers send none)
     */
    public record Report(int examined, int linked, int noCandidate, int undecided, int requests) {
    }

    /** At most this many rounds: each round's links (a state, a post) are context for the next (its people). */
    public static final int ROUNDS = 5;

    private final SparqlClient client;
    private final LinkScorer scorer = new LinkScorer();
    private final Clock clock;

    public OnlineLinker(SparqlClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    /** Links in rounds until a round links nothing; counts are those of the last round, links the total. */
    public Report link(Store store) {
        Report total = new Report(0, 0, 0, 0, 0);
        int linked = 0;
        int requests = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Report r = linkOnce(store);
            linked += r.linked();
            requests += r.requests();
            total = new Report(round == 0 ? r.examined() : total.examined(), linked, r.noCandidate(), r.undecided(), requests);
            if (r.linked() == 0) {
                break;
            }
        }
        return total;
    }

    private Report linkOnce(Store store) {
        List<UnlinkedEntity> unlinked = store.read(UnlinkedEntities::read);
        Set<String> taken = store.read(ds -> {
            Set<String> ids = new HashSet<>();
            ds.getUnionModel().listObjectsOfProperty(SKOS.exactMatch)
                    .forEachRemaining(n -> ids.add(CandidateLookup.qid(n.asResource().getURI())));
            return ids;
        });
        int before = client.requestsSent();
        Map<String, List<Candidate>> candidates = new CandidateLookup(client).find(unlinked.stream().map(UnlinkedEntity::name).toList());
        Map<String, LinkScorer.Scored> chosen = new HashMap<>();
        Map<String, Integer> claims = new HashMap<>();
        int none = 0;
        int undecided = 0;
        for (UnlinkedEntity e : unlinked) {
            List<Candidate> found = candidates.getOrDefault(e.name(), List.of());
            var pick = scorer.choose(e, found);
            if (pick.isPresent() && !taken.contains(pick.get().candidate().qid())) {
                chosen.put(e.iri(), pick.get());
                claims.merge(pick.get().candidate().qid(), 1, Integer::sum);
            } else if (found.stream().noneMatch(c -> e.kind().accepts(c.classes()))) {
                none++;
            } else {
                undecided++;
            }
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Model links = ModelFactory.createDefaultModel();
        int linked = 0;
        for (var entry : chosen.entrySet()) {
            LinkScorer.Scored s = entry.getValue();
            if (claims.get(s.candidate().qid()) > 1) {
                undecided++;
                continue;
            }
            new WikidataLink(s.candidate().qid(), WikidataLink.SPARQL, s.storedScore(), now, client.endpoint())
                    .writeOn(links, links.createResource(entry.getKey()));
            linked++;
        }
        if (!links.isEmpty()) {
            store.addToEntities(links);
        }
        return new Report(unlinked.size(), linked, none, undecided, client.requestsSent() - before);
    }
}

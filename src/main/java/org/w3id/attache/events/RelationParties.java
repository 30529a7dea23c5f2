package org.w3id.attache.events;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.w3id.attache.mapping.Vocab;

/**
 * The parties of the relations view that a participant or place of an event stands for, as the
 * entities graph tells: a state stands for itself; a person, city or organisation for its state
 * (its att:country, when that is a state); with people as their own parties, a person stands for
 * himself instead. Remembered per entity for the life of one write.
 */
final class RelationParties {
    private final DatasetGraph dsg;
    private final Map<Node, Set<String>> statesOnly = new HashMap<>();
    private final Map<Node, Set<String>> withPeople = new HashMap<>();

    RelationParties(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** The IRIs of the parties {@code x} stands for, with or without people as parties. */
    Set<String> of(Node x, boolean people) {
        return (people ? withPeople : statesOnly).computeIfAbsent(x, k -> read(k, people));
    }

    private Set<String> read(Node x, boolean people) {
        Set<String> out = new TreeSet<>();
        boolean person = is(x, Vocab.Person.asNode());
        if (x.isURI() && (is(x, Vocab.State.asNode()) || people && person)) {
            out.add(x.getURI());
        }
        if (!(people && person)) {
            dsg.find(StoredFacts.ENTITIES, x, Vocab.country.asNode(), Node.ANY).forEachRemaining(q -> {
                if (q.getObject().isURI() && is(q.getObject(), Vocab.State.asNode())) {
                    out.add(q.getObject().getURI());
                }
            });
        }
        return out;
    }

    private boolean is(Node x, Node type) {
        return dsg.contains(StoredFacts.ENTITIES, x, RDF.type.asNode(), type);
    }
}

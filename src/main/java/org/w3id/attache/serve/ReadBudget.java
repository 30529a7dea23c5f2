package org.w3id.attache.serve;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Iterator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * How much one page may read from the store: at most {@code maxTriples} triples (or quads) and
 * only until its deadline; past either, reading throws {@link Exceeded}. The pages are made by
 * plain Java code over the store, outside SPARQL's timeout and row limit, so without this an
 * entity in a million facts would hold a thread for as long as its page took.
 */
final class ReadBudget {
    private final long maxTriples;
    private final long deadlineNanos;
    private long read;

    ReadBudget(long maxTriples, long deadlineNanos) {
        this.maxTriples = maxTriples;
        this.deadlineNanos = deadlineNanos;
    }

    /**
     * The budget of one request: {@code maxTriples}, and the deadline {@link QueryAdmission} gave it
     * (else {@code timeoutNanos} from now).
     */
    static ReadBudget of(HttpServletRequest request, long maxTriples, long timeoutNanos) {
        return new ReadBudget(maxTriples, deadline(request, timeoutNanos));
    }

    /** The {@link System#nanoTime()} by which the request must be answered: {@link QueryAdmission}'s, else {@code timeoutNanos} from now. */
    static long deadline(HttpServletRequest request, long timeoutNanos) {
        Object deadline = request.getAttribute(QueryAdmission.DEADLINE);
        return deadline instanceof Long d ? d : System.nanoTime() + timeoutNanos;
    }

    /** {@code dataset} as seen within this budget: every graph and every find of it counted. */
    DatasetGraph over(DatasetGraph dataset) {
        return new DatasetGraphWrapper(dataset) {
            @Override
            public Graph getDefaultGraph() {
                return over(super.getDefaultGraph());
            }

            @Override
            public Graph getUnionGraph() {
                return over(super.getUnionGraph());
            }

            @Override
            public Graph getGraph(Node graphNode) {
                return over(super.getGraph(graphNode));
            }

            @Override
            public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
                return counted(super.find(g, s, p, o));
            }

            @Override
            public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
                return counted(super.findNG(g, s, p, o));
            }
        };
    }

    private Graph over(Graph graph) {
        return new GraphWrapper(graph) {
            @Override
            public ExtendedIterator<Triple> find(Triple triple) {
                return counted(super.find(triple));
            }

            @Override
            public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
                return counted(super.find(s, p, o));
            }
        };
    }

    private <T> ExtendedIterator<T> counted(Iterator<T> items) {
        return WrappedIterator.create(new Iterator<T>() {
            @Override
            public boolean hasNext() {
                return items.hasNext();
            }

            @Override
            public T next() {
                spend();
                return items.next();
            }
        });
    }

    private synchronized void spend() {
        read++;
        if (read > maxTriples) {
            throw new Exceeded("it reads more than " + maxTriples + " triples (see serve --max-rows)", false);
        }
        if ((read & 1023) == 0 && System.nanoTime() - deadlineNanos > 0) {
            throw new Exceeded("it takes longer than the query timeout (see serve --timeout)", true);
        }
    }

    /** The reading went past its budget: past its deadline, or past its triples. */
    static final class Exceeded extends RuntimeException {
        private final boolean outOfTime;

        Exceeded(String why, boolean outOfTime) {
            super(why, null, false, false);
            this.outOfTime = outOfTime;
        }

        boolean outOfTime() {
            return outOfTime;
        }
    }
}

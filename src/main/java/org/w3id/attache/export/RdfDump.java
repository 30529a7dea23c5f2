package org.w3id.attache.export;

import java.io.OutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * RDF dumps written as a stream, quad by quad, so that a store of any size is written without
 * being held in memory: TriG and N-Quads keep the named graphs, Turtle gives the union of them.
 */
final class RdfDump {
    private RdfDump() {
    }

    static void trig(DatasetGraph data, OutputStream out) {
        stream(data, StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS));
    }

    static void nquads(DatasetGraph data, OutputStream out) {
        stream(data, StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS));
    }

    /** The union of all named graphs as one Turtle graph: what a query without GRAPH sees. */
    static void turtleOfUnion(DatasetGraph data, OutputStream out) {
        Graph union = data.getUnionGraph();
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
        stream.start();
        Prefixes.standard().forEach(stream::prefix);
        union.find().forEachRemaining(stream::triple);
        stream.finish();
    }

    private static void stream(DatasetGraph data, StreamRDF stream) {
        stream.start();
        Prefixes.standard().forEach(stream::prefix);
        data.find().forEachRemaining(stream::quad);
        stream.finish();
    }
}

package org.w3id.attache.load;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * Quads of one named graph that came one after another in a shard: a whole article graph as
 * attache and Spark write them, or part of one.
 *
 * @param file the shard it was read from
 * @param graph the graph's name
 * @param quads its quads, in the order read
 * @param breach the first value that breaks {@code ImportedValueRules}, or null
 */
record GraphRun(Path file, Node graph, List<Quad> quads, String breach) {
}

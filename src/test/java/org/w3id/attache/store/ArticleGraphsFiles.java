package org.w3id.attache.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.attache.mapping.ArticleGraphs;
import org.w3id.attache.mapping.Iris;

/**
 * {@link ArticleGraphs} kept as files, so that a child JVM can store articles the parent made
 * with the real pipeline without loading CoreNLP itself: per article, {@code N.nq} holds its
 * three graphs under the names {@link Store#put} writes them to, and {@code N.properties} its url,
 * key, graph name and fact count.
 */
final class ArticleGraphsFiles {
    private static final Node METADATA = NodeFactory.createURI(Iris.METADATA_GRAPH);
    private static final Node ENTITIES = NodeFactory.createURI(Iris.ENTITIES_GRAPH);

    private ArticleGraphsFiles() {
    }

    static void write(List<ArticleGraphs> articles, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (int i = 0; i < articles.size(); i++) {
            ArticleGraphs a = articles.get(i);
            DatasetGraph dsg = DatasetGraphFactory.createGeneral();
            Node graph = NodeFactory.createURI(a.graphName());
            a.facts().getGraph().find().forEachRemaining(t -> dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
            a.metadata().getGraph().find().forEachRemaining(t -> dsg.add(METADATA, t.getSubject(), t.getPredicate(), t.getObject()));
            a.entities().getGraph().find().forEachRemaining(t -> dsg.add(ENTITIES, t.getSubject(), t.getPredicate(), t.getObject()));
            try (OutputStream out = Files.newOutputStream(dir.resolve(i + ".nq"))) {
                RDFDataMgr.write(out, dsg, Lang.NQUADS);
            }
            Properties p = new Properties();
            p.setProperty("url", a.url());
            p.setProperty("key", a.key());
            p.setProperty("graphName", a.graphName());
            p.setProperty("factCount", Integer.toString(a.factCount()));
            try (Writer out = Files.newBufferedWriter(dir.resolve(i + ".properties"), StandardCharsets.UTF_8)) {
                p.store(out, null);
            }
        }
    }

    static List<ArticleGraphs> read(Path dir) throws IOException {
        List<ArticleGraphs> out = new ArrayList<>();
        long count;
        try (Stream<Path> files = Files.list(dir)) {
            count = files.filter(f -> f.toString().endsWith(".properties")).count();
        }
        for (int i = 0; i < count; i++) {
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(dir.resolve(i + ".properties"), StandardCharsets.UTF_8)) {
                p.load(in);
            }
            DatasetGraph dsg = DatasetGraphFactory.createGeneral();
            RDFDataMgr.read(dsg, dir.resolve(i + ".nq").toString(), Lang.NQUADS);
            Node graph = NodeFactory.createURI(p.getProperty("graphName"));
            out.add(new ArticleGraphs(p.getProperty("url"), p.getProperty("key"), p.getProperty("graphName"),
                    model(dsg, graph), model(dsg, METADATA), model(dsg, ENTITIES), Integer.parseInt(p.getProperty("factCount"))));
        }
        return out;
    }

    private static Model model(DatasetGraph dsg, Node graph) {
        Model m = ModelFactory.createDefaultModel();
        dsg.getGraph(graph).find().forEachRemaining(m.getGraph()::add);
        return m;
    }
}

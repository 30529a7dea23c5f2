package org.w3id.attache.mapping;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.junit.jupiter.api.Test;
import org.w3id.attache.intake.ArticleReader;
import org.w3id.attache.intake.MetadataOverrides;
import org.w3id.attache.pipeline.ArticleProcessor;
import org.w3id.attache.store.Store;

/** What the pipeline writes for the bundled samples conforms to {@code ontology/shapes.ttl}. */
class SeedShapesTest {
    /**
     * The breadth set's twenty articles, our own texts in many phrasings: a fact the reading
     * leaves a part out of (a statement whose words it could not cut out) must still be whole.
     */
    @Test
    void breadthArticlesPassTheShapes() {
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
        ArticleProcessor processor = ArticleProcessor.standard();
        try (Store store = Store.inMemory()) {
            for (Path file : listTexts(Path.of("src/test/resources/breadth/articles"))) {
                new ArticleReader(MetadataOverrides.NONE).read(file).articles().forEach(a -> store.put(processor.process(a)));
            }
            ValidationReport report = store.read(ds -> ShaclValidator.get().validate(shapes, ds.asDatasetGraph().getUnionGraph()));
            if (!report.conforms()) {
                ShLib.printReport(report);
            }
            assertTrue(report.conforms(), "the breadth articles' graph violates the shapes (report printed above)");
        }
    }

    @Test
    void samplesPassTheShapes() {
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
        ArticleProcessor processor = ArticleProcessor.standard();
        try (Store store = Store.inMemory()) {
            for (Path file : listTexts(Path.of("samples"))) {
                new ArticleReader(MetadataOverrides.NONE).read(file).articles().forEach(a -> store.put(processor.process(a)));
            }
            ValidationReport report = store.read(ds -> {
                Graph union = ds.asDatasetGraph().getUnionGraph();
                return ShaclValidator.get().validate(shapes, union);
            });
            if (!report.conforms()) {
                ShLib.printReport(report);
            }
            assertTrue(report.conforms(), "the samples' graph violates the shapes (report printed above)");
            java.util.Set<String> undeclared = store.read(ds -> attTermsUsed(ds.asDatasetGraph().getUnionGraph()));
            org.apache.jena.rdf.model.Model ontology = RDFDataMgr.loadModel("ontology/attache.ttl");
            undeclared.removeIf(t -> ontology.contains(ontology.createResource(t), org.apache.jena.vocabulary.RDF.type));
            assertTrue(undeclared.isEmpty(), "written but not declared in ontology/attache.ttl: " + undeclared);
        }
    }

    /** Every att: predicate, class and object the pipeline wrote. */
    private static java.util.Set<String> attTermsUsed(Graph g) {
        java.util.Set<String> terms = new java.util.TreeSet<>();
        g.find().forEachRemaining(t -> {
            if (t.getPredicate().getURI().startsWith(Vocab.NS)) {
                terms.add(t.getPredicate().getURI());
            }
            if (t.getObject().isURI() && t.getObject().getURI().startsWith(Vocab.NS)) {
                terms.add(t.getObject().getURI());
            }
        });
        return terms;
    }

    private static java.util.List<Path> listTexts(Path dir) {
        try (var files = java.nio.file.Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
